package dev.gopherdrill.simulation.context;

import dev.gopherdrill.simulation.Text;

/** What this simulation writes, in English and Chinese (arguments: the model's values). */
final class Texts {

    private Texts() {
    }
    static final Text TITLE = new Text("Context trees: what does this program print? (propagateCancel, cancel, WithDeadline,"
                + " Value)",
            "Context 树：这段程序打印什么？（propagateCancel、cancel、WithDeadline、Value）");
    static final Text CONTEXTS = new Text("contexts derived from ctx := context.Background()",
            "从 ctx := context.Background() 派生的 context 个数");
    static final Text FOCUS = new Text("what the prints at the end ask: any, err, value, deadline, done, type, cause (Go 1.20+)"
                + " or afterfunc (Go 1.21+)",
            "结尾的打印问什么：any、err、value、deadline、done、type、cause（Go 1.20+）或 afterfunc（Go 1.21+）");
    static final Text QUESTION = new Text("What does it print?",
            "它打印什么？");
    static final Text SLEEPS = new Text(" (`time.Sleep` lets every deadline a few seconds away pass; `settle` waits until the"
                + " timers have cancelled their contexts.)",
            "（`time.Sleep` 让几秒之后的截止时间都已过去；`settle` 一直等到计时器取消了它们的 context。）");
}
