package org.hotline.attachment;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/**
 * Real files for the tests (a PNG, a JPEG, a PDF) and the malicious ones: decompression bombs and polyglots. Shared with
 * the system tests through this module's test jar.
 */
public final class SampleFiles {

    private SampleFiles() {}

    public static byte[] png(int width, int height) {
        return image(width, height, "png");
    }

    public static byte[] jpeg(int width, int height) {
        return image(width, height, "jpg");
    }

    private static byte[] image(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.fillRect(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return out.toByteArray();
    }

    public static byte[] pdf(String text) {
        return pdf(text, false);
    }

    /** With {@code compressed}, the cross-reference and the objects are in deflated streams (PDF 1.5). */
    public static byte[] pdf(String text, boolean compressed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        if (compressed) {
            writer.setFullCompression();
        }
        document.open();
        document.add(new Paragraph(text));
        document.close();
        return out.toByteArray();
    }

    /**
     * A grey PNG of {@code width} × {@code height} one-bit pixels, all zero, compressed at most: 10000 × 10000 is 12 MB
     * of rows in about 12 KB; with {@code truncated}, the image data stops after its first kilobyte.
     */
    public static byte[] pngBomb(int width, int height, boolean truncated) {
        return zeroPng(width, height, 1, 0, 1, truncated);
    }

    /**
     * A PNG within the limits that is costly to decode: 4096 × 4096 pixels of 16-bit RGBA, 128 MiB of rows once
     * inflated, in about 130 KB.
     */
    public static byte[] heavyPng() {
        return zeroPng(4096, 4096, 16, 6, 8 * 8, false);
    }

    private static byte[] zeroPng(
            int width, int height, int bitDepth, int colourType, int bitsPerPixel, boolean truncated) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(
                png,
                "IHDR",
                ByteBuffer.allocate(13)
                        .putInt(width)
                        .putInt(height)
                        .put((byte) bitDepth)
                        .put((byte) colourType)
                        .put((byte) 0)
                        .put((byte) 0)
                        .put((byte) 0)
                        .array());
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        byte[] row = new byte[1 + (int) (((long) width * bitsPerPixel + 7) / 8)];
        byte[] buffer = new byte[65536];
        for (int y = 0; y < height; y++) {
            deflater.setInput(row);
            while (!deflater.needsInput()) {
                idat.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            idat.write(buffer, 0, deflater.deflate(buffer));
        }
        byte[] data = idat.toByteArray();
        if (truncated) {
            data = java.util.Arrays.copyOf(data, Math.min(1024, data.length / 2));
        }
        chunk(png, "IDAT", data);
        if (!truncated) {
            chunk(png, "IEND", new byte[0]);
        }
        return png.toByteArray();
    }

    /** A real small JPEG whose frame header (SOF) is rewritten to claim {@code width} × {@code height}. */
    public static byte[] jpegClaiming(int width, int height) {
        byte[] jpeg = jpeg(64, 64);
        for (int i = 2; i + 9 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && ((jpeg[i + 1] & 0xFF) == 0xC0 || (jpeg[i + 1] & 0xFF) == 0xC2)) {
                jpeg[i + 5] = (byte) (height >> 8);
                jpeg[i + 6] = (byte) height;
                jpeg[i + 7] = (byte) (width >> 8);
                jpeg[i + 8] = (byte) width;
                return jpeg;
            }
        }
        throw new IllegalStateException("no frame header in the JPEG");
    }

    /** A PDF whose object stream inflates to {@code mebibytes} MiB of zeros, in a few hundred KB. */
    public static byte[] pdfObjectStreamBomb(int mebibytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream zeros = new ByteArrayOutputStream();
        byte[] block = new byte[1024 * 1024];
        byte[] buffer = new byte[65536];
        for (int i = 0; i < mebibytes; i++) {
            deflater.setInput(block);
            while (!deflater.needsInput()) {
                zeros.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            zeros.write(buffer, 0, deflater.deflate(buffer));
        }
        byte[] data = zeros.toByteArray();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes(ascii("%PDF-1.5\n1 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length "
                + data.length + " >>\nstream\n"));
        pdf.writeBytes(data);
        pdf.writeBytes(ascii("\nendstream\nendobj\nstartxref\n9\n%%EOF\n"));
        return pdf.toByteArray();
    }

    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] concat(byte[] first, byte[] second) {
        byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
