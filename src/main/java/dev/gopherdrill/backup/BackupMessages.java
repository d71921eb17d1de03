package dev.gopherdrill.backup;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the Settings page's data section; Chinese in {@code messages/backup_zh.properties}. */
@MessageBundle(value = "backup", locale = "en")
public interface BackupMessages {

    @Message("Your data") String title();
    @Message("One JSON file with your settings, every card's state, your whole review log (undone answers too), your interviews and your quizzes.") String intro();
    @Message("Download my data") String export();
    @Message("Import a file") String import_();
    @Message("Importing into this account adds what it does not have yet; importing the same file twice changes nothing. A file with an error is refused as a whole.") String import_help();
    @Message("Importing…") String importing();
    @Message("Imported: %log% review log rows, %states% card states, %interviews% interviews, %quizzes% quizzes.") String imported();
}
