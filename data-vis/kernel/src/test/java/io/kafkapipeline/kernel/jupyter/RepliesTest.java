package io.kafkapipeline.kernel.jupyter;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The replies jjava-jupyter 1.0-a6 sends without a status carry "status": "ok" (protocol, conformance tests). */
class RepliesTest {

    private static JsonObject json(Object reply) {
        return new Gson().fromJson(new Gson().toJson(reply), JsonObject.class);
    }

    @Test
    void kernelInfoSaysOkAndTheLanguageIsJava() {
        JsonObject info = json(new Replies.KernelInfo("5.3", "k", "1", JavaKernel.languageInfo(), "banner", List.of()));
        assertThat(info.get("status").getAsString()).isEqualTo("ok");
        assertThat(info.getAsJsonObject("language_info").get("name").getAsString())
                .isEqualTo("java");
        assertThat(info.getAsJsonObject("language_info").get("file_extension").getAsString())
                .isEqualTo(".jshell");
        assertThat(info.get("implementation").getAsString()).isEqualTo("k");
    }

    @Test
    void interruptAndHistoryRepliesSayOk() {
        assertThat(json(new Replies.Interrupt()).get("status").getAsString()).isEqualTo("ok");
        JsonObject history = json(new Replies.EmptyHistory());
        assertThat(history.get("status").getAsString()).isEqualTo("ok");
        assertThat(history.getAsJsonArray("history")).isEmpty();
    }
}
