package dev.gopherdrill.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every word of the UI, in English here and in Chinese in
 * {@code messages/msg_zh.properties}. Templates use them as {@code {msg:key}}; the
 * build fails if a template names a key that does not exist.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {

    @Message("Gopher Drill") String app_name();
    @Message("Spaced repetition for Go internals interviews") String app_tagline();
    @Message("Home") String nav_home();
    @Message("Practice") String nav_practice();
    @Message("Leeches") String nav_leeches();
    @Message("Decks") String nav_decks();
    @Message("Quiz") String nav_quiz();
    @Message("Stats") String nav_stats();
    @Message("Browse") String nav_browse();
    @Message("Settings") String nav_settings();
    @Message("API") String nav_api();
    @Message("Log out") String nav_logout();

    @Message("Log in") String login_title();
    @Message("Username") String login_username();
    @Message("Password") String login_password();
    @Message("Log in") String login_submit();
    @Message("Wrong username or password. After several failed attempts in a row, each new attempt waits a little longer.") String login_error();
    @Message("No account yet?") String login_no_account();
    @Message("Sign up") String signup_title();
    @Message("Create account") String signup_submit();
    @Message("Already have an account?") String signup_have_account();
    @Message("At least 8 characters.") String signup_password_hint();

    @Message("Due today") String home_due();
    @Message("New available") String home_new();
    @Message("Done today") String home_done();
    @Message("Day streak") String home_streak();
    @Message("Start practice") String home_start();
    @Message("All done for today.") String home_all_done();
    @Message("Next review: {date}.") String home_next_due(java.time.LocalDate date);
    @Message("{unseen} of {total} cards not seen yet.") String home_unseen(long unseen, long total);
    @Message("Decks") String home_decks();

    @Message("Show answer") String practice_show_answer();
    @Message("Check") String practice_check();
    @Message("Your answer") String practice_your_answer();
    @Message("Type what the program prints") String practice_predict_placeholder();
    @Message("Right") String practice_correct();
    @Message("Not quite") String practice_wrong();
    @Message("Expected") String practice_expected();
    @Message("Again") String practice_again();
    @Message("Hard") String practice_hard();
    @Message("Good") String practice_good();
    @Message("Easy") String practice_easy();
    @Message("again today") String practice_today();
    @Message("Undo") String practice_undo();
    @Message("Bury") String practice_bury();
    @Message("Suspend") String practice_suspend();
    @Message("Card info") String practice_info();
    @Message("Key points") String practice_key_points();
    @Message("Explanation") String practice_explanation();
    @Message("How the runtime gets there") String practice_trace();
    @Message("Playground") String playground_title();
    @Message("Run a model of the Go runtime: set the parameters, then step through what the runtime does.") String playground_intro();
    @Message("Step {n} of {count}") String playground_step(int n, int count);
    @Message("Answer") String playground_answer();
    @Message("any") String playground_any();
    @Message("Run") String playground_run();
    @Message("Parameters") String playground_parameters();
    @Message("proven on Go {version}") String playground_verified(dev.gopherdrill.simulation.GoVersion version);
    @Message("modelled from the source, not verified") String playground_unverified();
    @Message("New question") String playground_new();
    @Message("step through the trace; n for a new question") String playground_keys();
    @Message("Escape analysis") String escape_title();
    @Message("Paste a Go file: the diagnostics Go 1.19 prints with go build -gcflags='-m -l', each beside its line, with the flow that decided it.") String escape_intro();
    @Message("Examples") String escape_examples();
    @Message("Go source (package p; imports of fmt, errors, strings, sync, time)") String escape_source();
    @Message("Analyse") String escape_analyze();
    @Message("Analysing…") String escape_busy();
    @Message("{count} diagnostics, exactly as the compiler prints them") String escape_summary(int count);
    @Message("Why") String escape_why();
    @Message("Tab indents, Esc leaves the editor") String escape_keys();
    @Message("Go would not compile this file:") String escape_rejected();
    @Message("Valid Go, but outside the analyzer's subset (docs/escape-subset.md), so it gives no answer rather than a guess:") String escape_unsupported();
    @Message("The file has {count} characters; the analyzer takes at most {max}.") String escape_too_long(int count, int max);
    @Message("new") String practice_queue_new();
    @Message("review") String practice_queue_review();
    @Message("repeat") String practice_queue_drill();
    @Message("leech") String practice_leech();
    @Message("Congratulations! Nothing left for now.") String practice_done_title();
    @Message("{done} done / {remaining} left") String practice_progress(int done, int remaining);
    @Message("Keys: Space reveal · 1–4 grade · u undo · - bury · @ suspend · i info · s overview") String practice_keys();
    @Message("Pick one or more, then Check (Enter).") String practice_pick();

    @Message("Leeches") String leeches_title();
    @Message("Cards you failed {threshold} times are suspended here so they stop eating your time. Rewrite your notes on them, then put them back.") String leeches_intro(int threshold);
    @Message("No leeches. Cards you keep failing will show up here.") String leeches_empty();
    @Message("Unsuspend") String leeches_unsuspend();
    @Message("Lapses") String leeches_lapses();
    @Message("back in the queue") String leeches_active();

    @Message("Settings") String settings_title();
    @Message("Language") String settings_language();
    @Message("Time zone") String settings_timezone();
    @Message("Next day starts at (hour)") String settings_day_start();
    @Message("New cards per day") String settings_new_per_day();
    @Message("Save") String settings_save();
    @Message("Saved.") String settings_saved();

    @Message("Interval") String info_interval();
    @Message("Ease") String info_ease();
    @Message("Due") String info_due();
    @Message("Lapses") String info_lapses();
    @Message("Source") String info_source();
    @Message("History") String info_history();
    @Message("Not reviewed yet.") String info_none();
    @Message("Close") String info_close();
    @Message("undone") String info_undone();

    @Message("Browse") String browse_title();
    @Message("Search cards") String browse_search();
    @Message("All decks") String browse_all_decks();
    @Message("All tags") String browse_all_tags();
    @Message("{count} cards") String browse_count(int count);
    @Message("No card matches.") String browse_none();
    @Message("No {lang} translation yet: learners see the English text.") String preview_no_translation(String lang);
    @Message("Content problems") String authors_title();
    @Message("Cards with these problems were skipped at start-up; the rest loaded. Run bin/lint-content before you open a pull request.") String authors_intro();
    @Message("No problems: every card in content/ loaded.") String authors_none();

    @Message("Interview") String nav_interview();
    @Message("Mock interview") String interview_title();
    @Message("Timed, in free text, with follow-ups that go deeper after a strong answer and easier after a weak one. The report shows what you missed and can put those cards back into today's reviews.") String interview_intro();
    @Message("An interview is running: {left} left.") String interview_running(String left);
    @Message("Resume") String interview_resume();
    @Message("Length") String interview_length();
    @Message("{minutes} min") String interview_minutes(int minutes);
    @Message("Topics") String interview_topics();
    @Message("None ticked = all topics.") String interview_topics_hint();
    @Message("Target level") String interview_level();
    @Message("Junior") String interview_level_junior();
    @Message("Mid") String interview_level_mid();
    @Message("Senior") String interview_level_senior();
    @Message("Show the answer after each question (otherwise at the end, as in a real interview)") String interview_reveal_each();
    @Message("Start the interview") String interview_start();
    @Message("Past interviews") String interview_history();
    @Message("New interview") String interview_new();
    @Message("Finish now") String interview_finish();
    @Message("Finish the interview now? Questions not asked yet are left out of the report.") String interview_finish_confirm();
    @Message("Keep going") String interview_continue();
    @Message("Question {n}") String interview_question(int n);
    @Message("opener") String interview_reason_opener();
    @Message("follow-up") String interview_reason_follow_up();
    @Message("easier") String interview_reason_easier();
    @Message("simulation") String interview_reason_simulation();
    @Message("predict the output") String interview_reason_predict();
    @Message("Pick one or more (number keys), then submit.") String interview_pick();
    @Message("Answer as you would to an interviewer") String interview_recall_placeholder();
    @Message("Submit") String interview_submit();
    @Message("Keys: Ctrl+Enter submit · 1–9 pick a choice · Esc leave the field, then Esc finish") String interview_keys();
    @Message("Last answer: {score}") String interview_last_score(String score);
    @Message("Reference answer") String interview_reference();
    @Message("Interview report") String interview_report_title();
    @Message("running") String interview_status_running();
    @Message("finished") String interview_status_finished();
    @Message("time ran out") String interview_status_timed_out();
    @Message("Overall") String interview_overall();
    @Message("Answered") String interview_answered();
    @Message("Weak") String interview_weak();
    @Message("Score per topic") String interview_per_topic();
    @Message("No question was answered.") String interview_no_answers();
    @Message("Weak cards") String interview_weak_cards();
    @Message("No weak answers: nothing to put back.") String interview_no_weak();
    @Message("Put {#if count == 1}this card{#else}these {count} cards{/if} back into today's reviews (logged as Again, with this interview as the source)") String interview_requeue(int count);
    @Message("{#if count == 1}The weak card is{#else}The {count} weak cards are{/if} due today in your reviews.") String interview_requeued(int count);
    @Message("Done") String interview_done();
    @Message("not answered") String interview_unanswered();
    @Message("Follow-up path") String interview_path();
    @Message("The question") String interview_the_question();
    @Message("Your answer") String interview_your_answer();
    @Message("matched:") String interview_matched();
    @Message("When") String interview_when();
    @Message("No interviews yet. A 15-minute one is a good start.") String interview_no_history();
    @Message("Score per topic over time") String interview_trend();
}
