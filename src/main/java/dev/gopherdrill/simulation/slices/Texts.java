package dev.gopherdrill.simulation.slices;

import dev.gopherdrill.simulation.Text;

/** What the slice simulation writes, in English and Chinese (arguments: the model's values). */
final class Texts {

    private Texts() {
    }

    static final Text TITLE = new Text("Slice growth: cap after append (growslice → roundupsize)",
            "切片扩容：append 之后的 cap（growslice → roundupsize）");
    static final Text ELEM = new Text("element type", "元素类型");
    static final Text START_LEN = new Text("len of s before the append", "append 之前 s 的 len");
    static final Text START_CAP = new Text("cap of s before the append", "append 之前 s 的 cap");
    static final Text ADD = new Text("elements appended in one call", "一次调用追加的元素个数");

    static final Text QUESTION = new Text(
            "With Go %s on linux/amd64 (`%s` is %s B):\n\n```go\n%s\n```\n\nWhat does it print — what is `cap(s)`?",
            "在 Go %s、linux/amd64 上（`%s` 占 %s B）：\n\n```go\n%s\n```\n\n它打印什么？也就是 `cap(s)` 是多少？");
    static final Text MAKE = new Text("s := make([]%s, %s, %s): len %s, cap %s, %s B backing array",
            "s := make([]%s, %s, %s)：len %s，cap %s，底层数组 %s B");
    static final Text FITS = new Text(
            "append %s: need %s ≤ cap %s → no growslice, the elements go into the existing array; cap stays %s",
            "append %s：需要 %s ≤ cap %s → 不调用 growslice，元素直接写入现有底层数组；cap 仍为 %s");
    static final Text GROWS = new Text("append %s: need %s > cap %s → growslice(et, old, %s)",
            "append %s：需要 %s > cap %s → 扩容，调用 growslice(et, old, %s)");
    static final Text COPY = new Text("copy %s old elements, then %s new: len %s, cap %s",
            "复制 %s 个旧元素，再追加 %s 个新元素：len %s，cap %s");

    static final Text ZERO_SIZE = new Text("zero-size elements: no memory is allocated, cap = needed = %s",
            "零大小元素：不分配内存，cap = 所需长度 = %s");
    static final Text NEEDED = new Text("cap %s, need %s > 2×%s → newcap %s",
            "cap %s，需要 %s > 2×%s → newcap 直接取所需长度 %s");
    static final Text DOUBLE = new Text("cap %s < %s, need %s ≤ 2×%s → double: newcap %s",
            "cap %s < %s，需要 %s ≤ 2×%s → 翻倍：newcap %s");
    static final Text STEP = new Text("cap %s ≥ %s → %s until ≥ %s: newcap %s",
            "cap %s ≥ %s → 反复执行 %s，直到 ≥ %s：newcap %s");
    static final Text HEADER = new Text("+ 8 B malloc header → size class %s = %s B, %s B usable",
            "加上 8 B 的 malloc 头 → 大小等级（size class）%s = %s B，可用 %s B");
    static final Text SIZE_CLASS = new Text("size class %s = %s B", "大小等级（size class）%s = %s B");
    static final Text LARGE = new Text("large object, rounded to 8 KiB pages = %s B",
            "大对象，按 8 KiB 页向上取整 = %s B");
    static final Text ROUNDED = new Text("%s; %s×%s B = %s B → %s → cap %s/%s = %s",
            "%s；%s×%s B = %s B → %s → cap = %s/%s = %s");

    // what SlicePicture writes
    static final Text SLICE_LABEL = new Text("backing array: len %s, cap %s, %s bytes",
            "底层数组：len %s，cap %s，%s 字节");
    static final Text FORMULA_NEWCAP = new Text("formula newcap %s",
            "公式算出的 newcap %s");
    static final Text SLICE_USED = new Text("len %s · cap %s · %s B × %s = %s B used of %s B",
            "len %s · cap %s · %s B × %s = %s B，共 %s B");
    static final Text LARGE_PAGES = new Text(" (large: whole pages)",
            "（大对象：整页）");
    static final Text PICTURE_SIZE_CLASS = new Text(" (size class %s)",
            "（大小等级 %s）");
}
