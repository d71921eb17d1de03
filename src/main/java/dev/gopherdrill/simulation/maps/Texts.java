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
    static final Text PROVENANCE = new Text("read from the Go 1.24 source, not verified on a toolchain here",
            "依据 Go 1.24 源码建模，未在本机的 Go 工具链上验证");
    static final Text MAKE_SMALL = new Text("make(map[K]V, %s): hint ≤ %s → small map: no directory, no table (dirLen 0); the one"
                + " 8-slot group is allocated by the first assignment (growToSmall) unless the compiler gave"
                + " a non-escaping map a stack group (%s)",
            "make(map[K]V, %s)：hint ≤ %s → 小 map：没有目录（directory），也没有表（dirLen 0）；唯一的 8"
                + " 槽组在第一次赋值时分配（growToSmall），除非编译器给不逃逸的 map 分配了栈上的组（%s）");
    static final Text MAKE_TABLES = new Text("make(map[K]V, %s): targetCapacity = %s·8/7 = %s slots; ⌈%s/1024⌉ = %s rounded up to a"
                + " power of two → %s table(s) (globalDepth %s); newTable(%s) rounds up to %s slots = %s"
                + " groups, growthLeft %s%s (%s)",
            "make(map[K]V, %s)：targetCapacity = %s·8/7 = %s 个槽；⌈%s/1024⌉ = %s，向上取整到 2 的幂 → %s"
                + " 张表（globalDepth %s）；newTable(%s) 向上取整为 %s 个槽 = %s 个组，growthLeft %s%s（%s）");
    static final Text EACH = new Text(" each",
            "（每张表）");
    static final Text GROW_TO_SMALL = new Text("write %s: growToSmall: the first assignment allocates the single 8-slot group (dirLen"
                + " stays 0)",
            "第 %s 次写：growToSmall：第一次赋值分配唯一的 8 槽组（dirLen 仍为 0）");
    static final Text GROW_TO_TABLE = new Text("write %s: growToTable: the small group holds 8 keys, so they move into one table of %s"
                + " slots (%s groups); directory of 1, globalDepth 0",
            "第 %s 次写：growToTable：小组已存满 8 个键，于是迁入一张 %s 槽的表（%s 个组）；目录大小为 1，globalDepth 0");
    static final Text GROW = new Text("write %s: rehash → grow: the table at directory index %s has growthLeft 0 (%s keys + %s"
                + " tombstones of %s) → %s → %s slots, keys re-inserted, tombstones gone",
            "第 %s 次写：rehash → grow 扩容：目录下标 %s 处的表 growthLeft 为 0（%s 个键 + %s 个墓碑，上限 %s）→ %s → %s"
                + " 个槽，键重新插入，墓碑清除");
    static final Text SPLIT = new Text("write %s: rehash → split: the table at directory index %s cannot double past %s slots, so"
                + " its %s keys go to two %s-slot tables by hash bit %s from the top (localDepth %s → %s)",
            "第 %1$s 次写：rehash → split 拆分：目录下标 %2$s 处的表不能翻倍超过 %3$s 个槽，"
                + "于是它的 %4$s 个键按哈希值从高位数第 %6$s 位分到两张 %5$s 槽的表（localDepth %7$s → %8$s）");
    static final Text DIRECTORY_DOUBLES = new Text("; localDepth was globalDepth, so the directory doubles to %s entries (globalDepth %s)",
            "；localDepth 原本等于 globalDepth，因此目录翻倍为 %s 项（globalDepth %s）");
    static final Text DIRECTORY_KEEPS = new Text("; the directory keeps its %s entries",
            "；目录仍为 %s 项");
    static final Text TOMBSTONE = new Text("write %s: delete leaves a tombstone (0b11111110) in group %s slot %s of the table at"
                + " directory index %s: the group had no empty slot, so probes must keep going past it;"
                + " growthLeft stays down",
            "第 %1$s 次写：删除在目录下标 %4$s 处那张表的第 %2$s 组第 %3$s 槽留下墓碑（0b11111110）："
                + "该组没有空槽，探测必须越过它继续；growthLeft 不回升");
    static final Text SEED_RESET = new Text("write %s: the last key is gone → new hash seed (go.dev/issue/25237)",
            "第 %s 次写：最后一个键已删除 → 换新的哈希种子（go.dev/issue/25237）");
    static final Text TRACE_HEAD = new Text("Go 1.24 Swiss-table map, %s:",
            "Go 1.24 的 Swiss table map，%s：");
    static final Text SWISS_AFTER = new Text("after %s inserts: %s slots in %s groups, %s grows",
            "插入 %s 个之后：%s 个槽，共 %s 个组，扩容 %s 次");
    static final Text ASK_SLOTS = new Text("How many slots does the map have after the loop (all groups, 8 slots each; 0 if none)?",
            "循环结束后 map 共有多少个槽（所有组，每组 8 个槽；没有组则为 0）？");
    static final Text ASK_GROUPS = new Text("How many groups of 8 slots does the map have after the loop?",
            "循环结束后 map 有多少个 8 槽的组？");
    static final Text ASK_SWISS_GROWS = new Text("How many times is the map's storage replaced by a bigger one during the loop (small group"
                + " → table, table → doubled table)?",
            "循环过程中 map 的存储被更大的存储替换了几次（小组 → 表，表 → 翻倍的表）？");
    static final Text SWISS_QUESTION = new Text("With Go %s (Swiss tables):\n\n```go\n%s\n```\n\n%s\n\n*Modelled from the Go 1.24 source;"
                + " not verified on a Go 1.24 toolchain here.*",
            "在 Go %s 上（Swiss table）：\n\n```go\n%s\n```\n\n%s\n\n*依据 Go 1.24 源码建模，未在 Go 1.24 工具链上验证。*");

    // what MapPicture writes
    static final Text SWISS_LABEL = new Text("Swiss-table map: %s keys", "Swiss table map：%s 个键");
    static final Text SMALL_NO_GROUP = new Text("small map, no group yet (allocated at the first insert)",
            "小 map，还没有组（第一次插入时分配）");
    static final Text SMALL_ONE_GROUP = new Text("small map: one group of 8 slots, no table", "小 map：只有一个 8 槽的组，没有表");
    static final Text TABLE = new Text("table %s: %s slots, used %s, growthLeft %s, tombstones %s, localDepth %s",
            "表 %s：%s 个槽，已用 %s，growthLeft %s，墓碑 %s，localDepth %s");
    static final Text USED = new Text("used %s", "已用 %s");
    static final Text DIRECTORY = new Text(" · directory %s entries, globalDepth %s", " · 目录 %s 项，globalDepth %s");
    static final Text MAP_LABEL = new Text("map with 2^%s buckets, %s keys",
            "有 2^%s 个桶、%s 个键的 map");
    static final Text OLDBUCKETS = new Text("oldbuckets (%s), evacuated up to %s",
            "oldbuckets（%s 个），已迁移到 %s");
    static final Text NO_BUCKETS = new Text("no bucket array yet: B = 0, allocated at the first insert",
            "还没有桶数组：B = 0，第一次插入时分配");
    static final Text SAME_SIZE_GROW = new Text(" · same-size grow",
            " · 等量扩容");
    static final Text GROWING = new Text(" · growing",
            " · 扩容中");
}
