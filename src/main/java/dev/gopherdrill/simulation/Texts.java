package dev.gopherdrill.simulation;

/** What the playground's own pictures write, in English and Chinese. */
final class Texts {

    private Texts() {
    }

    static final Text CHANNELS_LABEL = new Text("channels, their buffers and wait queues, and the run queue",
            "各通道的缓冲区与等待队列，以及运行队列");
    static final Text CLOSED = new Text(" (closed)", "（已关闭）");
    static final Text NIL_CHANNEL = new Text("nil channel: every send and receive blocks forever",
            "nil 通道：每次发送和接收都永远阻塞");
    static final Text UNBUFFERED = new Text("unbuffered: a send meets a receiver or waits",
            "无缓冲：发送方要么碰上接收方，要么等待");
    static final Text RUNNING = new Text("running: %s · runnext: %s", "正在运行：%s · runnext：%s");
    static final Text RUN_QUEUE = new Text("local run queue: %s", "本地运行队列：%s");
    static final Text WAITGROUP = new Text("WaitGroup counter: %s", "WaitGroup 计数：%s");
    static final Text PRINTED = new Text("printed: %s", "已打印：%s");
    static final Text SWISS_LABEL = new Text("Swiss-table map: %s keys", "Swiss table map：%s 个键");
    static final Text SMALL_NO_GROUP = new Text("small map, no group yet (allocated at the first insert)",
            "小 map，还没有组（第一次插入时分配）");
    static final Text SMALL_ONE_GROUP = new Text("small map: one group of 8 slots, no table", "小 map：只有一个 8 槽的组，没有表");
    static final Text TABLE = new Text("table %s: %s slots, used %s, growthLeft %s, tombstones %s, localDepth %s",
            "表 %s：%s 个槽，已用 %s，growthLeft %s，墓碑 %s，localDepth %s");
    static final Text USED = new Text("used %s", "已用 %s");
    static final Text DIRECTORY = new Text(" · directory %s entries, globalDepth %s", " · 目录 %s 项，globalDepth %s");
    static final Text SLICE_LABEL = new Text("backing array: len %s, cap %s, %s bytes",
            "底层数组：len %s，cap %s，%s 字节");
    static final Text FORMULA_NEWCAP = new Text("formula newcap %s",
            "公式算出的 newcap %s");
    static final Text SLICE_USED = new Text("len %s · cap %s · %s B × %s = %s B used of %s B",
            "len %s · cap %s · %s B × %s = %s B，共 %s B");
    static final Text LARGE_PAGES = new Text(" (large: whole pages)",
            "（大对象：整页）");
    static final Text SIZE_CLASS = new Text(" (size class %s)",
            "（大小等级 %s）");
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
