package org.autoheal.intake;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.function.BiConsumer;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * Reads a request body up to a limit the way Jetty's Content API is meant to be used: read what
 * has arrived, and when nothing has, ask Jetty to call back once more arrives ({@code demand}), so
 * no thread waits on a slow client. Calls {@code done} once, with the bytes, or with
 * {@link IntakeRoutes.TooLarge} past the limit, or with the read's failure (an idle timeout, a
 * closed connection).
 */
final class BodyReader implements Runnable {
    private final Request request;
    private final int max;
    private final BiConsumer<byte[], Throwable> done;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    private BodyReader(Request request, int max, BiConsumer<byte[], Throwable> done) {
        this.request = request;
        this.max = max;
        this.done = done;
    }

    static void read(Request request, int max, BiConsumer<byte[], Throwable> done) {
        new BodyReader(request, max, done).run();
    }

    @Override
    public void run() {
        while (true) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                done.accept(null, chunk.getFailure());
                return;
            }
            ByteBuffer bytes = chunk.getByteBuffer();
            boolean last = chunk.isLast();
            if (body.size() + bytes.remaining() > max) {
                chunk.release();
                done.accept(null, new IntakeRoutes.TooLarge(max));
                return;
            }
            byte[] copy = new byte[bytes.remaining()];
            bytes.get(copy);
            body.writeBytes(copy);
            chunk.release();
            if (last) {
                done.accept(body.toByteArray(), null);
                return;
            }
        }
    }
}
