package dev.gopherdrill.simulation.channels;

import dev.gopherdrill.simulation.Text;

/** What this simulation writes, in English and Chinese (arguments: the model's values). */
final class Texts {

    private Texts() {
    }
    static final Text TITLE = new Text("Channels: what does this program print? (chansend, chanrecv, closechan, selectgo, runnext)",
            "通道：这段程序打印什么？（chansend、chanrecv、closechan、selectgo、runnext）");
    static final Text WORKERS = new Text("goroutines main starts with go func() { ... }()",
            "main 用 go func() { ... }() 启动的 goroutine 个数");
    static final Text CHANNELS = new Text("channels main declares",
            "main 声明的通道个数");
    static final Text OUTCOME = new Text("how the program ends: any (60 %% exit), exit, panic or deadlock",
            "程序如何结束：any（60 %% 正常退出）、exit、panic 或 deadlock");
    static final Text QUESTION = new Text("It runs with GOMAXPROCS=1. What does it print? If it panics or deadlocks, end with the"
                + " first line of the error. (The answer is the ordinary run; a preemption by sysmon, rare"
                + " in a program this small, can reorder it.)",
            "程序在 GOMAXPROCS=1 下运行。它打印什么？如果发生 panic 或死锁，最后写出错误信息的第一行。（答案是通常的一次运行；sysmon"
                + " 的抢占在这么小的程序里很少见，但可能改变顺序。）");
    static final Text MAIN_STARTS = new Text("main starts; runtime.GOMAXPROCS(1) leaves one P, so one goroutine runs at a time."
                + " Channels: ",
            "main 开始运行；runtime.GOMAXPROCS(1) 只留一个 P，因此同一时刻只有一个 goroutine 在运行。通道：");
    static final Text CLOSE_CHANGES_NEITHER = new Text(" (close changes neither)",
            "（close 不改变这两个值）");
    static final Text PRINTS = new Text(" → prints ",
            " → 打印 ");
    static final Text NEWPROC = new Text(": newproc creates ",
            "：newproc 创建 ");
    static final Text RUNQPUT = new Text(", runqput(next=true): ",
            "，runqput(next=true)：");
    static final Text KEEPS_RUNNING = new Text(" keeps running",
            " 继续运行");
    static final Text COUNTER = new Text(": counter ",
            "：计数 ");
    static final Text COUNTER_ZERO = new Text(": counter is 0 → returns at once",
            "：计数为 0 → 立即返回");
    static final Text COUNTER_IS = new Text(": counter is ",
            "：计数为 ");
    static final Text SEMACQUIRE_PARKS = new Text(" → runtime_Semacquire parks ",
            " → runtime_Semacquire 挂起 ");
    static final Text NIL_PARK = new Text(": nil channel → gopark forever",
            "：nil 通道 → 永远 gopark");
    static final Text IS_CLOSED = new Text(" is closed",
            " 已关闭");
    static final Text NO_RECEIVER = new Text(": no receiver waiting",
            "：没有等待的接收方");
    static final Text BUFFER_FULL = new Text(" and the buffer is full",
            "，且缓冲区已满");
    static final Text PARKS_IN = new Text(" parks in ",
            " 挂起在 ");
    static final Text WAITS_IN = new Text(" waits in ",
            " 在 ");
    static final Text HAND_OVER = new Text(".recvq → hand over ",
            ".recvq 中等待 → 直接交给它 ");
    static final Text DIRECTLY_READY = new Text(" directly, ready ",
            "，唤醒 ");
    static final Text ROOM = new Text("room in the buffer → ",
            "缓冲区有空位 → ");
    static final Text BUFFER_EMPTY_NO = new Text("buffer empty and no",
            "缓冲区为空，且没有");
    static final Text NO = new Text("no",
            "没有");
    static final Text SENDER_WAITING = new Text(" sender waiting → ",
            "等待的发送方 → ");
    static final Text CLOSED_EMPTY = new Text(" is closed and empty → zero value 0, ok false",
            " 已关闭且为空 → 零值 0，ok 为 false");
    static final Text SENDQ_TAKE = new Text(".sendq → take ",
            ".sendq 中等待 → 直接从它那里取走 ");
    static final Text STRAIGHT = new Text(" straight from it",
            "");
    static final Text BUFFER_FULL_AND = new Text("buffer full and ",
            "缓冲区已满，且 ");
    static final Text TAKE_HEAD = new Text(".sendq → take the head ",
            ".sendq 中等待 → 取走队头 ");
    static final Text MOVE_ITS = new Text(", move its ",
            "，把它的 ");
    static final Text TO_TAIL = new Text(" to the tail: buf ",
            " 放到队尾：buf ");
    static final Text READY = new Text(", ready ",
            "，唤醒 ");
    static final Text TAKE = new Text("take ",
            "从缓冲区取走 ");
    static final Text FROM_BUFFER = new Text(" from the buffer",
            "");
    static final Text STILL_RECEIVED = new Text(" (closed, but buffered values are still received)",
            "（已关闭，但缓冲区中的值仍可接收）");
    static final Text LOOP_GOES_ON = new Text(", the loop goes on",
            "，循环继续");
    static final Text RANGE_ENDS = new Text(" → ok is false: the range loop ends",
            " → ok 为 false：range 循环结束");
    static final Text ALREADY_CLOSED = new Text(" is already closed",
            " 已经关闭");
    static final Text CLOSED_1 = new Text(": closed = 1",
            "：closed = 1");
    static final Text NOBODY_PARKED = new Text(", nobody is parked on ",
            "，没有 goroutine 挂起在 ");
    static final Text GLIST = new Text("; gList (a stack) gets receivers ",
            "；gList（一个栈）依次收入接收方 ");
    static final Text THEN_SENDERS = new Text(" then senders ",
            " 和发送方 ");
    static final Text POP_GOREADY = new Text("; pop and goready each:",
            "；逐个弹出并 goready：");
    static final Text ARMS_TIMER = new Text("time.After arms a timer (channel ",
            "time.After 设置一个计时器（通道 ");
    static final Text NOT_FIRED = new Text("), not fired yet; ",
            "），尚未触发；");
    static final Text CASES = new Text("cases ",
            "分支 ");
    static final Text ALL_READY = new Text(" are all ready; selectgo's random pollorder picks one",
            " 都已就绪；selectgo 按随机的 pollorder 选一个");
    static final Text NOT_DETERMINED = new Text(" → the output is not determined",
            " → 输出不确定");
    static final Text ONLY = new Text("only ",
            "只有 ");
    static final Text IS_READY = new Text(" is ready: ",
            " 就绪：");
    static final Text DEFAULT = new Text("no case is ready → default",
            "没有就绪的分支 → default");
    static final Text BLOCKS_FOREVER = new Text("no channel to wait on → blocks forever",
            "没有可等待的通道 → 永远阻塞");
    static final Text NO_CASE_READY = new Text("no case ready, no default → ",
            "没有就绪的分支，也没有 default → ");
    static final Text AND = new Text(" and ",
            " 和 ");
    static final Text RESUMES_IN = new Text(" resumes in ",
            " 恢复运行于 ");
    static final Text WOKEN_CLOSE = new Text(": woken by closechan (success = false)",
            "：被 closechan 唤醒（success = false）");
    static final Text RECEIVER_TOOK = new Text(": a receiver took the value",
            "：接收方取走了值");
    static final Text RECEIVED = new Text("received ",
            "收到 ");
    static final Text WOKEN_ZERO = new Text("woken by closechan: 0, ok false",
            "被 closechan 唤醒：0，ok 为 false");
    static final Text WOKEN_THROUGH = new Text(": woken through ",
            "：经由分支被唤醒 ");
    static final Text BY_CLOSECHAN = new Text(" by closechan",
            "（由 closechan 唤醒）");
    static final Text CLOSED_ZERO = new Text(" (closed: 0, ok false)",
            "（已关闭：0，ok 为 false）");
    static final Text WG_RETURNS = new Text(": the counter reached 0, wg.Wait returns",
            "：计数减到 0，wg.Wait 返回");
    static final Text MAIN_RETURNS = new Text("main returns → exit(0)",
            "main 返回 → exit(0)");
    static final Text STILL_BLOCKED = new Text("; still blocked: ",
            "；仍然阻塞：");
    static final Text NEVER_RUN = new Text("; runnable but never run again: ",
            "；可运行但再也不会运行：");
    static final Text RETURNS = new Text(" returns",
            " 返回");
    static final Text WG_DONE = new Text("; deferred wg.Done(): counter ",
            "；defer 的 wg.Done()：计数 ");
    static final Text SEMRELEASE = new Text(", semrelease readies ",
            "，semrelease 唤醒 ");
    static final Text IS_DONE = new Text(" is done",
            " 已结束");
    static final Text IS_PARKED = new Text(" is parked (",
            " 已挂起（");
    static final Text TIMER_FIRED = new Text("the timer fired",
            "计时器已触发");
    static final Text QUEUE_HEAD = new Text("runnext is empty → local queue head",
            "runnext 为空 → 取本地队列队头");
    static final Text SCHEDULE = new Text("schedule: ",
            "schedule：");
    static final Text CHECKDEAD = new Text(" and nothing is runnable → checkdead: ",
            "，且没有可运行的 goroutine → checkdead：");
    static final Text EXIT_2 = new Text(" (exit status 2)",
            "（退出状态 2）");
    static final Text RUNS = new Text(" runs",
            " 运行");
    static final Text P_SLEEPS = new Text(", nothing is runnable and a timer is pending → the P sleeps until it expires; ",
            "，没有可运行的 goroutine，但有一个计时器未到期 → P 休眠直到它到期；");
    static final Text FIRES = new Text(" fires (sendTime, a send that never blocks): ",
            " 触发（sendTime，一次永不阻塞的发送）：");
    static final Text WAITS_ON_IT = new Text(" waits on it → ready ",
            " 在等待它 → 唤醒 ");
    static final Text NOBODY_WAITS = new Text("nobody waits on it any more, the value stays in its buffer",
            "已经没有 goroutine 在等它，值留在它的缓冲区里");
    static final Text RUNNEXT = new Text(" (runnext)",
            "（runnext）");
    static final Text RUNNEXT_KICK = new Text(" (runnext; ",
            "（runnext；");
    static final Text KICKED = new Text(" kicked to the tail of the local queue)",
            " 被挤到本地队列队尾）");
    static final Text UNBUFFERED = new Text("unbuffered",
            "无缓冲");
    static final Text BUFFERED = new Text("buffered cap ",
            "有缓冲，cap ");
    static final Text CLOSE_PAREN = new Text(")",
            "）");

    // what ChannelPicture writes
    static final Text CHANNELS_LABEL = new Text("channels, their buffers and wait queues, and the run queue",
            "各通道的缓冲区与等待队列，以及运行队列");
    static final Text CLOSED = new Text(" (closed)", "（已关闭）");
    static final Text NIL_CHANNEL = new Text("nil channel: every send and receive blocks forever",
            "nil 通道：每次发送和接收都永远阻塞");
    static final Text PICTURE_UNBUFFERED = new Text("unbuffered: a send meets a receiver or waits",
            "无缓冲：发送方要么碰上接收方，要么等待");
    static final Text RUNNING = new Text("running: %s · runnext: %s", "正在运行：%s · runnext：%s");
    static final Text RUN_QUEUE = new Text("local run queue: %s", "本地运行队列：%s");
    static final Text WAITGROUP = new Text("WaitGroup counter: %s", "WaitGroup 计数：%s");
    static final Text PRINTED = new Text("printed: %s", "已打印：%s");
}
