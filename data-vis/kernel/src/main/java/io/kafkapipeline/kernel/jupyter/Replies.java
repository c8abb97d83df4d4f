package io.kafkapipeline.kernel.jupyter;

import java.util.List;
import org.dflib.jjava.jupyter.kernel.HelpLink;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.messages.reply.HistoryReply;
import org.dflib.jjava.jupyter.messages.reply.InterruptReply;
import org.dflib.jjava.jupyter.messages.reply.KernelInfoReply;

/**
 * Replies that jjava-jupyter 1.0-a6 sends without the {@code "status": "ok"} that the protocol requires of every
 * reply (Jupyter's kernel conformance tests reject them). Gson writes the subclass's field with the others.
 */
final class Replies {

    private Replies() {}

    static final class KernelInfo extends KernelInfoReply {
        @SuppressWarnings("unused") // serialized
        private final String status = "ok";

        KernelInfo(
                String protocol,
                String name,
                String version,
                LanguageInfo language,
                String banner,
                List<HelpLink> links) {
            super(protocol, name, version, language, banner, links);
        }
    }

    static final class Interrupt extends InterruptReply {
        @SuppressWarnings("unused") // serialized
        private final String status = "ok";
    }

    /** The kernel keeps no history: an empty one, so that a client asking does not wait forever. */
    static final class EmptyHistory extends HistoryReply {
        @SuppressWarnings("unused") // serialized
        private final String status = "ok";

        EmptyHistory() {
            super(List.of());
        }
    }
}
