package dev.gopherdrill.backup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.gopherdrill.account.AccountService;
import dev.gopherdrill.account.UserEntity;
import dev.gopherdrill.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/**
 * A learner's own data as one JSON document, and back. The document holds the settings and,
 * for each table the learner owns, its rows as PostgreSQL's {@code to_jsonb} writes them
 * (column names, exact values: microsecond timestamps, numerics, FSRS doubles), without the
 * learner's id; interviews and quizzes keep their id as the key their turns, items and log
 * rows refer to. So the format follows the schema, and {@link #VERSION} changes with it.
 *
 * Import is one transaction and idempotent: interviews and quizzes are matched by their start
 * time, log rows by card, time and kind, review states are replaced card by card; what is
 * already there is not added twice. Every value is checked against its column's type first,
 * so a bad file is a 400 naming the field ({@code reviewLog[12].rating}) and nothing is written.
 */
@ApplicationScoped
public class BackupService {

    public static final String FORMAT = "gopher-drill-export";
    public static final int VERSION = 1;

    /** The document's arrays: the table each holds, and its columns the import sets itself. */
    enum Part {
        REVIEW_STATES("reviewStates", "review_state", Set.of("id", "user_id")),
        REVIEW_LOG("reviewLog", "review_log", Set.of("id", "user_id")),
        INTERVIEWS("interviews", "interview", Set.of("user_id")),
        INTERVIEW_TURNS("interviewTurns", "interview_turn", Set.of("id")),
        QUIZZES("quizzes", "quiz", Set.of("user_id")),
        QUIZ_ITEMS("quizItems", "quiz_item", Set.of("id"));

        final String field;
        final String table;
        /** left out of the export; the import fills them (ids are new, the learner is the importer) */
        final Set<String> own;

        Part(String field, String table, Set<String> own) {
            this.field = field;
            this.table = table;
            this.own = own;
        }
    }

    private record Column(String name, String type, boolean nullable, boolean hasDefault, Integer maxLength) {
    }

    @Inject
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    ObjectMapper json;

    @Inject
    java.time.Clock clock;

    public String export(UserEntity user) {
        String sql = """
                select jsonb_build_object(
                  'reviewStates', (select coalesce(jsonb_agg(to_jsonb(t) - 'id' - 'user_id' order by t.card_id), '[]')
                    from review_state t where t.user_id = ?1),
                  'reviewLog', (select coalesce(jsonb_agg(to_jsonb(t) - 'id' - 'user_id' order by t.reviewed_at, t.id), '[]')
                    from review_log t where t.user_id = ?1),
                  'interviews', (select coalesce(jsonb_agg(to_jsonb(t) - 'user_id' order by t.started_at, t.id), '[]')
                    from interview t where t.user_id = ?1),
                  'interviewTurns', (select coalesce(jsonb_agg(to_jsonb(t) - 'id' order by t.interview_id, t.turn), '[]')
                    from interview_turn t join interview i on i.id = t.interview_id where i.user_id = ?1),
                  'quizzes', (select coalesce(jsonb_agg(to_jsonb(t) - 'user_id' order by t.started_at, t.id), '[]')
                    from quiz t where t.user_id = ?1),
                  'quizItems', (select coalesce(jsonb_agg(to_jsonb(t) - 'id' order by t.quiz_id, t.position), '[]')
                    from quiz_item t join quiz q on q.id = t.quiz_id where q.user_id = ?1))::text""";
        String parts = (String) em.createNativeQuery(sql).setParameter(1, user.id).getSingleResult();
        UserEntity u = UserEntity.findById(user.id);
        ObjectNode doc = json.createObjectNode();
        doc.put("format", FORMAT);
        doc.put("version", VERSION);
        doc.put("exportedAt", clock.instant().toString());
        doc.put("username", u.username);
        doc.set("settings", json.valueToTree(AccountService.settings(u)));
        try {
            doc.setAll((ObjectNode) json.readTree(parts));
            return json.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL wrote JSON Jackson cannot read", e);
        }
    }

    /** What an import added: rows new to the account (a second import of the same file adds none). */
    public record Imported(int reviewStates, int reviewLog, int interviews, int quizzes) {
    }

    @Transactional
    public Imported importDocument(UserEntity user, JsonNode doc) {
        if (doc == null || !doc.isObject()) {
            throw Problem.badRequest("body: an export document, a JSON object with format \"" + FORMAT + "\"");
        }
        if (!FORMAT.equals(doc.path("format").asText(null))) {
            throw Problem.badRequest("format: \"" + FORMAT + "\" expected, got " + doc.path("format"));
        }
        if (!doc.path("version").isInt() || doc.path("version").intValue() != VERSION) {
            throw Problem.badRequest("version: this trainer reads version " + VERSION + ", got " + doc.path("version"));
        }
        Map<Part, ArrayNode> parts = new LinkedHashMap<>();
        for (Part p : Part.values()) {
            JsonNode a = doc.path(p.field);
            if (!a.isArray()) {
                throw Problem.badRequest(p.field + ": an array of rows is required");
            }
            parts.put(p, (ArrayNode) a);
            check(p, (ArrayNode) a);
        }
        checkCards(parts);
        importSettings(user, doc.path("settings"));

        Map<Long, Long> interviews = keyed(user, Part.INTERVIEWS, parts.get(Part.INTERVIEWS));
        insertChildren(Part.INTERVIEW_TURNS, parts.get(Part.INTERVIEW_TURNS), "interview_id", interviews);
        Map<Long, Long> quizzes = keyed(user, Part.QUIZZES, parts.get(Part.QUIZZES));
        insertChildren(Part.QUIZ_ITEMS, parts.get(Part.QUIZ_ITEMS), "quiz_id", quizzes);

        ArrayNode states = withUser(parts.get(Part.REVIEW_STATES), user);
        List<String> stateColumns = columns(Part.REVIEW_STATES);
        int changedStates = run("insert into review_state (user_id, " + String.join(", ", stateColumns) + ") select user_id, "
                + String.join(", ", stateColumns) + " from jsonb_populate_recordset(null::review_state, cast(?1 as jsonb))"
                + " on conflict (user_id, card_id) do update set "
                + String.join(", ", stateColumns.stream().map(c -> c + " = excluded." + c).toList())
                + " where (" + String.join(", ", stateColumns.stream().map(c -> "review_state." + c).toList())
                + ") is distinct from (" + String.join(", ", stateColumns.stream().map(c -> "excluded." + c).toList())
                + ")", states.toString());

        ArrayNode log = json.createArrayNode();
        for (JsonNode row : parts.get(Part.REVIEW_LOG)) {
            ObjectNode r = ((ObjectNode) row).deepCopy();
            r.put("user_id", user.id);
            remap(r, "interview_id", interviews, "reviewLog");
            remap(r, "quiz_id", quizzes, "reviewLog");
            log.add(r);
        }
        List<String> logColumns = columns(Part.REVIEW_LOG);
        int addedLog = run("insert into review_log (user_id, " + String.join(", ", logColumns) + ") select r.user_id, "
                + String.join(", ", logColumns.stream().map(c -> "r." + c).toList())
                + " from jsonb_populate_recordset(null::review_log, cast(?1 as jsonb)) r where not exists ("
                + "select 1 from review_log l where l.user_id = r.user_id and l.card_id = r.card_id"
                + " and l.reviewed_at = r.reviewed_at and l.kind = r.kind) order by r.reviewed_at", log.toString());
        return new Imported(changedStates, addedLog, added(interviews), added(quizzes));
    }

    private static int added(Map<Long, Long> keys) {
        return (int) keys.values().stream().filter(v -> v < 0).count();
    }

    private void importSettings(UserEntity user, JsonNode s) {
        if (!s.isObject()) {
            throw Problem.badRequest("settings: an object is required");
        }
        AccountService.Settings settings;
        try {
            settings = json.treeToValue(s, AccountService.Settings.class);
        } catch (JsonProcessingException e) {
            throw Problem.badRequest("settings: " + e.getOriginalMessage());
        }
        try {
            accounts.update(user, settings);
        } catch (Problem p) {
            throw Problem.badRequest("settings." + p.getMessage());
        }
    }

    /**
     * Interviews or quizzes: each matched by its start time to one the learner has, or inserted.
     * Returns old id → id in this account, negated for the ones inserted now (their children
     * are inserted too; a matched one's children are already there).
     */
    private Map<Long, Long> keyed(UserEntity user, Part part, ArrayNode rows) {
        Map<Long, Long> ids = new HashMap<>();
        List<String> cols = columns(part).stream().filter(c -> !c.equals("id")).toList();
        for (int i = 0; i < rows.size(); i++) {
            ObjectNode r = (ObjectNode) rows.get(i);
            if (!r.path("id").canConvertToLong() || r.path("started_at").isNull() || r.path("started_at").isMissingNode()) {
                throw Problem.badRequest(part.field + "[" + i + "]: id and started_at are required");
            }
            long old = r.get("id").longValue();
            @SuppressWarnings("unchecked")
            List<Number> existing = em.createNativeQuery("select id from " + part.table
                            + " where user_id = ?1 and started_at = cast(?2 as timestamptz)")
                    .setParameter(1, user.id).setParameter(2, r.get("started_at").asText()).getResultList();
            if (!existing.isEmpty()) {
                ids.put(old, existing.get(0).longValue());
                continue;
            }
            ObjectNode row = r.deepCopy();
            row.put("user_id", user.id);
            Number id = (Number) guarded(() -> em.createNativeQuery("insert into " + part.table + " (user_id, "
                    + String.join(", ", cols) + ") select user_id, " + String.join(", ", cols)
                    + " from jsonb_populate_record(null::" + part.table + ", cast(?1 as jsonb)) returning id")
                    .setParameter(1, row.toString()).getSingleResult());
            ids.put(old, -id.longValue());
        }
        return ids;
    }

    /** Turns or items of the interviews or quizzes inserted now, pointing at their new ids. */
    private void insertChildren(Part part, ArrayNode rows, String parent, Map<Long, Long> ids) {
        ArrayNode fresh = json.createArrayNode();
        for (int i = 0; i < rows.size(); i++) {
            ObjectNode r = ((ObjectNode) rows.get(i)).deepCopy();
            Long to = ids.get(r.path(parent).asLong());
            if (to == null) {
                throw Problem.badRequest(part.field + "[" + i + "]." + parent + ": no such id in "
                        + (parent.equals("quiz_id") ? Part.QUIZZES.field : Part.INTERVIEWS.field));
            }
            if (to < 0) {
                r.put(parent, -to);
                fresh.add(r);
            }
        }
        List<String> cols = columns(part);
        run("insert into " + part.table + " (" + String.join(", ", cols) + ") select " + String.join(", ", cols)
                + " from jsonb_populate_recordset(null::" + part.table + ", cast(?1 as jsonb))", fresh.toString());
    }

    private void remap(ObjectNode r, String field, Map<Long, Long> ids, String where) {
        if (r.hasNonNull(field)) {
            Long to = ids.get(r.get(field).asLong());
            if (to == null) {
                throw Problem.badRequest(where + ": " + field + " " + r.get(field) + " is in no exported row");
            }
            r.put(field, Math.abs(to));
        }
    }

    private ArrayNode withUser(ArrayNode rows, UserEntity user) {
        ArrayNode out = json.createArrayNode();
        rows.forEach(r -> out.add(((ObjectNode) r).deepCopy().put("user_id", user.id)));
        return out;
    }

    private int run(String sql, String rows) {
        return guarded(() -> em.createNativeQuery(sql).setParameter(1, rows).executeUpdate());
    }

    /** A row the type checks let through but a constraint refuses (a rating of 7) is the file's fault: 400. */
    private static <T> T guarded(java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                        && (sql.getSQLState().startsWith("23") || sql.getSQLState().startsWith("22"))) {
                    throw Problem.badRequest("a row breaks a rule of the schema: "
                            + sql.getMessage().lines().findFirst().orElse(""));
                }
            }
            throw e;
        }
    }

    private Map<String, Map<String, Column>> schema;

    /** The tables' columns from PostgreSQL itself, so the checks follow the migrations. */
    private synchronized Map<String, Map<String, Column>> schema() {
        if (schema == null) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select table_name, column_name, data_type, is_nullable = 'YES', column_default is not null,
                           character_maximum_length
                    from information_schema.columns where table_schema = current_schema()
                      and table_name in ('review_state', 'review_log', 'interview', 'interview_turn', 'quiz', 'quiz_item')
                    order by table_name, ordinal_position""").getResultList();
            Map<String, Map<String, Column>> s = new HashMap<>();
            for (Object[] r : rows) {
                s.computeIfAbsent((String) r[0], t -> new LinkedHashMap<>()).put((String) r[1], new Column((String) r[1],
                        (String) r[2], (Boolean) r[3], (Boolean) r[4], r[5] == null ? null : ((Number) r[5]).intValue()));
            }
            schema = s;
        }
        return schema;
    }

    /** The columns a part's rows carry, in the table's order. */
    private List<String> columns(Part p) {
        return schema().get(p.table).keySet().stream().filter(c -> !p.own.contains(c)).toList();
    }

    private void check(Part p, ArrayNode rows) {
        Map<String, Column> cols = schema().get(p.table);
        for (int i = 0; i < rows.size(); i++) {
            String at = p.field + "[" + i + "]";
            JsonNode row = rows.get(i);
            if (!row.isObject()) {
                throw Problem.badRequest(at + ": a row is an object");
            }
            var names = row.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                Column c = cols.get(name);
                if (c == null || p.own.contains(name)) {
                    throw Problem.badRequest(at + "." + name + ": not a field of " + p.field);
                }
                checkValue(at + "." + name, c, row.get(name));
            }
            for (Column c : cols.values()) {
                if (!c.nullable() && !c.hasDefault() && !p.own.contains(c.name()) && row.path(c.name()).isMissingNode()) {
                    throw Problem.badRequest(at + "." + c.name() + ": required");
                }
            }
        }
    }

    private static void checkValue(String at, Column c, JsonNode v) {
        if (v.isNull()) {
            if (!c.nullable()) {
                throw Problem.badRequest(at + ": must not be null");
            }
            return;
        }
        boolean ok = switch (c.type()) {
            case "smallint" -> v.isIntegralNumber() && v.canConvertToInt() && Math.abs(v.intValue()) <= Short.MAX_VALUE;
            case "integer" -> v.isIntegralNumber() && v.canConvertToInt();
            case "bigint" -> v.isIntegralNumber() && v.canConvertToLong();
            case "numeric", "double precision" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            case "date" -> v.isTextual() && parses(() -> LocalDate.parse(v.asText()));
            case "timestamp with time zone" -> v.isTextual() && parses(() -> OffsetDateTime.parse(v.asText()));
            case "character varying" -> v.isTextual() && (c.maxLength() == null || v.asText().length() <= c.maxLength())
                    && v.asText().indexOf('\0') < 0;
            case "text" -> v.isTextual() && v.asText().indexOf('\0') < 0;
            default -> true;
        };
        if (!ok) {
            throw Problem.badRequest(at + ": " + v + " is not a valid " + c.type()
                    + (c.maxLength() == null ? "" : "(" + c.maxLength() + ")"));
        }
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Every card a row names must exist here: a card of other content cannot be imported. */
    private void checkCards(Map<Part, ArrayNode> parts) {
        Set<String> named = new HashSet<>();
        for (Part p : List.of(Part.REVIEW_STATES, Part.REVIEW_LOG, Part.INTERVIEW_TURNS, Part.QUIZ_ITEMS)) {
            parts.get(p).forEach(r -> named.add(r.path("card_id").asText()));
        }
        @SuppressWarnings("unchecked")
        List<String> known = em.createNativeQuery("select id from card where id = any(cast(?1 as text[]))")
                .setParameter(1, named.toArray(String[]::new)).getResultList();
        Set<String> have = new HashSet<>(known);
        for (Part p : List.of(Part.REVIEW_STATES, Part.REVIEW_LOG, Part.INTERVIEW_TURNS, Part.QUIZ_ITEMS)) {
            ArrayNode rows = parts.get(p);
            for (int i = 0; i < rows.size(); i++) {
                String id = rows.get(i).path("card_id").asText();
                if (!have.contains(id)) {
                    throw Problem.badRequest(p.field + "[" + i + "].card_id: no card \"" + id + "\" in this trainer's content");
                }
            }
        }
    }
}
