package io.kafkapipeline.kernel.jupyter;

import io.kafkapipeline.kernel.CellRunner;
import io.kafkapipeline.kernel.assist.CodeAssist;
import io.kafkapipeline.kernel.display.Displays;
import io.kafkapipeline.kernel.eval.CellEvaluator;
import io.kafkapipeline.kernel.eval.CellException;
import io.kafkapipeline.kernel.eval.CellValue;
import io.kafkapipeline.kernel.magic.Magics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.publish.PublishError;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteInput;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteResult;
import org.dflib.jjava.jupyter.messages.reply.ErrorReply;
import org.dflib.jjava.jupyter.messages.reply.ExecuteReply;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;
import org.dflib.jjava.jupyter.messages.request.InterruptRequest;
import org.dflib.jjava.jupyter.messages.request.KernelInfoRequest;

/**
 * The Java kernel on jjava-jupyter's {@link BaseKernel}: cells run through {@link CellRunner} (JShell and magics);
 * a failed cell is a Jupyter {@code error} whose {@code ename} is the Java exception's class (or
 * {@code CompilationException}), with its message and stack; the value of a cell's last expression is rendered
 * (images and XChart charts as {@code image/png}).
 */
public final class JavaKernel extends BaseKernel {

    static final String IMPLEMENTATION = "kafkapipeline-java-kernel";

    private final KernelIO kernelIO;
    private final CellEvaluator evaluator;
    private final CellRunner runner;
    private final CodeAssist assist;

    private JavaKernel(String version, KernelIO io, MagicsRegistry magicsRegistry, CellEvaluator evaluator) {
        super(
                IMPLEMENTATION,
                version,
                languageInfo(),
                List.of(),
                null,
                io,
                new CommManager(),
                new Renderer(),
                null,
                magicsRegistry,
                false,
                new StringStyler.Builder().build());
        this.kernelIO = io;
        this.evaluator = evaluator;
        Magics magics = new Magics(magicsRegistry, evaluator);
        this.runner = new CellRunner(evaluator, magics);
        this.assist = new CodeAssist(evaluator.analysis(), magics.names());
    }

    /** A kernel over a started evaluator. */
    public static JavaKernel create(CellEvaluator evaluator) {
        String version = JavaKernel.class.getPackage().getImplementationVersion();
        return new JavaKernel(version == null ? "dev" : version, new KernelIO(), new MagicsRegistry(), evaluator);
    }

    static LanguageInfo languageInfo() {
        return new LanguageInfo.Builder("java")
                .version(Integer.toString(Runtime.version().feature()))
                .mimetype("text/x-java-source")
                .fileExtension(".jshell")
                .pygments("java")
                .codemirror("java")
                .build();
    }

    @Override
    public void becomeHandlerForConnection(JupyterConnection connection) {
        super.becomeHandlerForConnection(connection);
        connection.setHandler(MessageType.KERNEL_INFO_REQUEST, this::kernelInfo);
        connection.setHandler(MessageType.INTERRUPT_REQUEST, this::interruptRequest);
        connection.setHandler(MessageType.HISTORY_REQUEST, this::history);
    }

    /** Runs a cell (also outside Jupyter, in tests): its rendered value, or null. */
    public DisplayData execute(String code, int count) throws CellException {
        Optional<CellValue> value = runner.run(this, code, "In[" + count + "]");
        return value.map(v -> Displays.render(getRenderer(), v.value())).orElse(null);
    }

    @Override
    protected synchronized void handleExecuteRequest(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
        commManager.setMessageContext(message);
        ExecuteRequest request = message.getContent();
        boolean silent = request.isSilent();
        int count = silent || !request.shouldStoreHistory() ? executionCount.get() : executionCount.getAndIncrement();
        env.setBusyDeferIdle();
        if (!silent) {
            env.publish(new PublishExecuteInput(request.getCode(), count));
        }
        replaceOutputStreams(env);
        kernelIO.attach(env, request.isStdinEnabled());
        env.defer(() -> kernelIO.detach(env));
        try {
            DisplayData result = execute(request.getCode(), count);
            if (result != null && !silent) {
                env.publish(new PublishExecuteResult(count, result));
            }
            env.defer().reply(new ExecuteReply(count, Map.of()));
        } catch (CellException e) {
            publishError(env, count, e.ename(), e.evalue(), e.traceback());
        } catch (RuntimeException | Error e) {
            // the kernel's own failure (a renderer, JShell, memory): still an answer, never a silent hang
            publishError(env, count, e.getClass().getName(), String.valueOf(e.getMessage()), formatError(e));
        }
    }

    private static void publishError(
            ShellReplyEnvironment env, int count, String ename, String evalue, List<String> traceback) {
        env.publish(new PublishError(ename, evalue, traceback));
        ErrorReply error = new ErrorReply(ename, evalue, traceback);
        error.setExecutionCount(count);
        env.defer().replyError(ExecuteReply.MESSAGE_TYPE.error(), error);
    }

    private void kernelInfo(ShellReplyEnvironment env, Message<KernelInfoRequest> message) {
        env.setBusyDeferIdle();
        env.reply(new Replies.KernelInfo(
                Header.PROTOCOL_VERISON, name, version, getLanguageInfo(), getBanner(), getHelpLinks()));
    }

    private void interruptRequest(ShellReplyEnvironment env, Message<InterruptRequest> message) {
        env.setBusyDeferIdle();
        interrupt();
        env.reply(new Replies.Interrupt());
    }

    private void history(ShellReplyEnvironment env, Message<HistoryRequest> message) {
        env.setBusyDeferIdle();
        env.reply(new Replies.EmptyHistory());
    }

    @Override
    public Object evalRaw(String source) {
        throw new UnsupportedOperationException("eval() from notebook code is not supported by this kernel");
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        return assist.inspect(code, at).map(DisplayData::new).orElse(null);
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        CodeAssist.Completion c = assist.complete(code, at);
        return new ReplacementOptions(c.matches(), c.start(), c.end());
    }

    @Override
    public String isComplete(String code) {
        CodeAssist.IsComplete answer = assist.isComplete(code);
        return switch (answer.status()) {
            case CodeAssist.COMPLETE -> IS_COMPLETE_YES;
            case CodeAssist.INVALID -> IS_COMPLETE_BAD;
            default -> answer.indent();
        };
    }

    @Override
    public void interrupt() {
        evaluator.interrupt();
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        super.onShutdown(isRestarting);
        evaluator.close();
    }
}
