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
}
