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
}
