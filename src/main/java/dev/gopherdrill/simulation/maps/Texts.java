package dev.gopherdrill.simulation.maps;

import dev.gopherdrill.simulation.Text;

/** What this simulation writes, in English and Chinese (arguments: the model's values). */
final class Texts {

    private Texts() {
    }
    static final Text GROW_TITLE = new Text("Map buckets: B after make and inserts (makemap, hashGrow)",
            "map 的桶：make 和插入之后的 B（makemap、hashGrow）");
    static final Text HINT = new Text("size hint given to make",
            "传给 make 的容量提示");
    static final Text INSERTS = new Text("distinct keys inserted",
            "插入的不同键的个数");
    static final Text ASK = new Text("what the question asks",
            "问题问什么");
    static final Text SWISS_TITLE = new Text("Swiss-table maps (Go 1.24): groups, tables and growth",
            "Swiss table 实现的 map（Go 1.24）：组（group）、表与扩容");
    static final Text ASK_B = new Text("What is `B` (the map has 2^B buckets) after the loop?",
            "循环结束后 `B` 是多少（map 有 2^B 个桶）？");
    static final Text ASK_BUCKETS = new Text("How many buckets (2^B, not counting overflow buckets) does the map have after the loop?",
            "循环结束后 map 有多少个桶（2^B，不算溢出桶）？");
    static final Text ASK_GROWS = new Text("How many times does the map grow (start a `hashGrow`) during the loop?",
            "循环过程中 map 扩容了几次（启动了几次 `hashGrow`）？");
    static final Text GROW_QUESTION = new Text("With Go %s:\n\n```go\n%s\n```\n\n%s",
            "在 Go %s 上：\n\n```go\n%s\n```\n\n%s");
    static final Text MAKE = new Text("make(map, %s): smallest B with %s ≤ 8 or ≤ 6.5 × 2^B → B = %s%s",
            "make(map, %s)：取满足 %s ≤ 8 或 ≤ 6.5 × 2^B 的最小 B → B = %s%s");
    static final Text NO_ARRAY_YET = new Text("; no bucket array yet (allocated at the first insert)",
            "；还没有桶数组（第一次插入时才分配）");
    static final Text ALLOCATED_NOW = new Text("; %s buckets allocated now",
            "；现在就分配 %s 个桶");
    static final Text FULL = new Text("after %s inserts: count %s fills 2^%s buckets to the load factor",
            "插入 %s 个之后：count %s 使 2^%s 个桶达到负载因子");
    static final Text HASH_GROW = new Text("insert %s: count %s > 6.5 × 2^%s = %s → hashGrow: B %s → %s, the %s old buckets are"
                + " evacuated by later writes, 1–2 per write",
            "插入第 %s 个：count %s > 6.5 × 2^%s = %s → hashGrow 扩容：B %s → %s，%s"
                + " 个旧桶由之后的写操作逐步迁移（evacuate），每次写迁移 1–2 个");
    static final Text AFTER = new Text("after %s inserts: B = %s (%s buckets), next grow at insert %s%s",
            "插入 %s 个之后：B = %s（%s 个桶），下一次扩容发生在第 %s 次插入%s");
    static final Text EVACUATING = new Text("; still evacuating: %s of %s old buckets done",
            "；仍在迁移：%s / %s 个旧桶已完成");
}
