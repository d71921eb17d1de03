package dev.gopherdrill.simulation.escape;

import dev.gopherdrill.simulation.Text;

/** What this simulation writes, in English and Chinese (arguments: the model's values). */
final class Texts {

    private Texts() {
    }
    static final Text TITLE = new Text("Escape analysis: what go build -gcflags='-m -l' prints (moved to heap, escapes, leaking"
                + " param)",
            "逃逸分析：go build -gcflags='-m -l' 打印什么（moved to heap、escapes、leaking param）");
    static final Text CASE = new Text("the phenomenon the program shows: return-pointer, store-global, closure-capture,"
                + " interface-arg, var-size, append-pointer, chan-send, slice-array ask which variables are"
                + " moved to the heap; make-size, new-size, conversion ask whether one allocation escapes;"
                + " param-leak asks what -m prints for a parameter",
            "程序展示的现象：return-pointer、store-global、closure-capture、interface-arg、var-size、append-pointer、"
                + "chan-send、slice-array 问哪些变量被移到堆上；make-size、new-size、conversion 问某次分配是否逃逸；param-leak 问 -m"
                + " 对参数打印什么");
    static final Text ELEM = new Text("element type of the sized cases (make-size, new-size, var-size, closure-capture)",
            "与大小有关的情形（make-size、new-size、var-size、closure-capture）的元素类型");
    static final Text MARGIN = new Text("elements over (+) or under (−) the limit of the sized cases: 64 KiB for make/new/&T{}, 10"
                + " MiB for a declared array, 128 bytes for a captured array (a list, not a range: card"
                + " ranges cannot be negative)",
            "超过（+）或低于（−）上限的元素个数：make/new/&T{} 为 64 KiB，声明的数组为 10 MiB，被闭包捕获的数组为 128"
                + " 字节（是列表而不是区间：卡片里的区间不能为负）");
    static final Text LENGTH = new Text("how make-size writes its length: a constant, a constant expression (64<<10+1), or a"
                + " variable",
            "make-size 的长度写法：常量、常量表达式（64<<10+1）或变量");
}
