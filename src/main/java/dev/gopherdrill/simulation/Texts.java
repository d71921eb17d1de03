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
}
