package org.hotline.attachment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Every uploaded picture (a ticket's attachment, a complaint's evidence, a QR code sent for a check, public or not) is
 * decoded here and nowhere else, so that one set of limits holds for all of them.
 * <ul>
 * <li>The dimensions are read from the header first, and a picture larger than {@link #maxPixels()} or wider or
 * taller than {@link #maxSide()} is refused before a pixel is decoded: a PNG of a few kilobytes can claim 10000 ×
 * 10000 pixels, 400 MB once decoded.</li>
 * <li>A picture within the limits is decoded with subsampling, so what is held is at most {@code maxDecodedSide}
 * pixels on its long side, whatever the picture's size; every row is still read, so a broken file is still
 * found.</li>
 * <li>At most {@link #concurrentDecodes()} decodes run at once in the whole server, public and staff paths together;
 * a request that cannot start one within {@link #waitMillis()} is told the server is busy, rather than queueing
 * without end and holding memory while it waits.</li>
 * </ul>
 * The permits are one semaphore per server (a static field): a count, not a thread, and a redeployment starts afresh.
 */
public final class UploadedImages {

    private static final AttachmentSettings SETTINGS = AttachmentSettings.configured();
    private static final int MAX_SIDE = SETTINGS.maxSide();
    private static final long MAX_PIXELS = SETTINGS.maxPixels();
    private static final int CONCURRENT = SETTINGS.concurrentDecodes();
    private static final long WAIT_MILLIS = SETTINGS.waitMillis();
    private static final Semaphore DECODES = new Semaphore(CONCURRENT, true);

    /** A picture's size as its header states it. */
    public record Dimensions(int width, int height) {

        long pixels() {
            return (long) width * height;
        }
    }

    private UploadedImages() {}

    public static int maxSide() {
        return MAX_SIDE;
    }

    public static long maxPixels() {
        return MAX_PIXELS;
    }

    public static int concurrentDecodes() {
        return CONCURRENT;
    }

    public static long waitMillis() {
        return WAIT_MILLIS;
    }

    /**
     * The picture, decoded to at most {@code maxDecodedSide} pixels on its long side; {@link AttachmentRejected} when
     * it is not a picture of this kind that decodes, when its header claims more than the limits, or when the server
     * is busy decoding others.
     */
    public static BufferedImage decode(byte[] content, AttachmentPolicy.Kind kind, int maxDecodedSide) {
        return decode(content, kind, maxDecodedSide, picture -> picture);
    }

    /**
     * As {@link #decode(byte[], AttachmentPolicy.Kind, int)}, and {@code use} applied to the picture while the permit
     * is still held, so what the caller builds from the pixels (a QR reader's copies of them) is bounded by the same
     * count of decodes at once.
     */
    public static <T> T decode(
            byte[] content,
            AttachmentPolicy.Kind kind,
            int maxDecodedSide,
            java.util.function.Function<BufferedImage, T> use) {
        if (kind == AttachmentPolicy.Kind.PDF) {
            throw new IllegalArgumentException("a PDF is not a picture");
        }
        ImageReader reader = reader(kind);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(in, true, true);
            Dimensions size = new Dimensions(reader.getWidth(0), reader.getHeight(0));
            refuseAboveLimits(size);
            ImageReadParam param = reader.getDefaultReadParam();
            int step = subsampling(size, maxDecodedSide);
            param.setSourceSubsampling(step, step, 0, 0);
            acquire();
            try {
                return use.apply(reader.read(0, param));
            } finally {
                DECODES.release();
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof AttachmentRejected rejected) {
                throw rejected;
            }
            // A truncated or corrupt stream, or one the decoder cannot handle: not a picture we accept.
            throw AttachmentRejected.malformed(kind);
        } finally {
            reader.dispose();
        }
    }

    /** The dimensions the picture's header states, read without decoding a pixel. */
    public static Dimensions dimensions(byte[] content, AttachmentPolicy.Kind kind) {
        ImageReader reader = reader(kind);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(in, true, true);
            return new Dimensions(reader.getWidth(0), reader.getHeight(0));
        } catch (IOException | RuntimeException unreadable) {
            throw AttachmentRejected.malformed(kind);
        } finally {
            reader.dispose();
        }
    }

    static void refuseAboveLimits(Dimensions size) {
        if (size.width() <= 0 || size.height() <= 0) {
            throw AttachmentRejected.malformed(null);
        }
        if (size.width() > MAX_SIDE || size.height() > MAX_SIDE || size.pixels() > MAX_PIXELS) {
            throw AttachmentRejected.imageTooLarge(size.width(), size.height());
        }
    }

    /** The smallest whole step that brings the long side to at most {@code maxDecodedSide}. */
    static int subsampling(Dimensions size, int maxDecodedSide) {
        int longSide = Math.max(size.width(), size.height());
        return Math.max(1, (longSide + maxDecodedSide - 1) / Math.max(1, maxDecodedSide));
    }

    private static void acquire() {
        try {
            if (!DECODES.tryAcquire(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                throw AttachmentRejected.busy();
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            throw AttachmentRejected.busy();
        }
    }

    /** The JDK's own reader of this kind, never one chosen by the content: a PNG is read as a PNG or not at all. */
    private static ImageReader reader(AttachmentPolicy.Kind kind) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(kind.mediaType());
        if (!readers.hasNext()) {
            throw new IllegalStateException("the JDK has no reader of " + kind.mediaType());
        }
        return readers.next();
    }
}
