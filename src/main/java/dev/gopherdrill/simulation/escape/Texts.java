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
    static final Text QUESTION = new Text("Go %s, built with `go build -gcflags='-m -l'` (escape analysis, no inlining):\n\n%s\n\n%s",
            "Go %s，用 `go build -gcflags='-m -l'` 编译（打印逃逸分析结果，禁止内联）：\n\n%s\n\n%s");
    static final Text NOTHING_PRINTED = new Text("-m prints nothing for this program (%s): no local is moved, no allocation is made, and no"
                + " parameter holds a pointer",
            "-m 对这段程序什么也不打印（%s）：没有局部变量被移到堆上，没有分配，也没有参数持有指针");
    static final Text ASK_ONE = new Text("Does the compiler move the variable `%s` to the heap (`moved to heap: %s`)? Answer its"
                + " name if it does, or `%s`.",
            "编译器会把变量 `%s` 移到堆上吗（`moved to heap: %s`）？会就回答它的名字，否则回答 `%s`。");
    static final Text ASK_WHICH = new Text("Which of the variables %s does the compiler move to the heap (`moved to heap: …`)? Answer"
                + " the names, or `%s`.",
            "变量 %s 中哪些会被编译器移到堆上（`moved to heap: …`）？写出它们的名字，或回答 `%s`。");
    static final Text ASK_ESCAPES = new Text("Does `%s` on line %s escape to the heap? Answer `yes` or `no`.",
            "第 %2$s 行的 `%1$s` 会逃逸到堆上吗？回答 `yes` 或 `no`。");
    static final Text RECEIVER = new Text("receiver",
            "接收者");
    static final Text PARAMETER = new Text("parameter",
            "参数");
    static final Text ASK_PARAM = new Text("What does `-m` print about the %s `%s` of `%s`? Answer with the compiler's message: `…"
                + " does not escape`, `leaking param: …`, `leaking param content: …` or `leaking param: … to"
                + " result … level=N`.",
            "对于 `%3$s` 的%1$s `%2$s`，`-m` 打印什么？用编译器的原话回答：`… does not escape`、`leaking param:"
                + " …`、`leaking param content: …` 或 `leaking param: … to result … level=N`。");
    static final Text NO_MOVED_LINE = new Text("no `moved to heap` line for %s",
            "%s 没有 `moved to heap` 这一行");
    static final Text CONCLUSION = new Text("Answer: %s (%s). The case: %s.",
            "答案：%s（%s）。情形：%s。");
    static final Text EX_POINTER = new Text("Returning the address of a local",
            "返回局部变量的地址");
    static final Text EX_PARAMS = new Text("Which parameter message?",
            "参数的哪一种提示？");
    static final Text EX_CLOSURE = new Text("Closures: captured by reference, called in place",
            "闭包：按引用捕获、就地调用");
    static final Text EX_SIZES = new Text("make: 64 KiB and non-constant sizes",
            "make：64 KiB 与非常量大小");
    static final Text EX_BOXING = new Text("Interface boxing through fmt.Println",
            "经由 fmt.Println 的接口装箱");
    static final Text EX_GLOBAL = new Text("Storing into a package-level variable",
            "存入包级变量");
    static final Text PIC_DECISIVE = new Text("  (decides the answer)",
            "（决定答案的一行）");
    static final Text PIC_WHY = new Text("why: %s",
            "原因：%s");
}
