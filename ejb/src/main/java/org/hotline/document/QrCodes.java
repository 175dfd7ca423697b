package org.hotline.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.hotline.attachment.AttachmentPolicy;
import org.hotline.attachment.AttachmentRejected;
import org.hotline.attachment.UploadedImages;

/**
 * QR images with ZXing's core: a payload drawn as a PNG (error correction M, a quiet zone of four modules), and the
 * text read back from a photo or scan of one (PNG or JPEG). Only ZXing's core is used: the pixels go to it through
 * its RGB luminance source, so nothing of ZXing's desktop helpers is needed.
 */
public final class QrCodes {

    /** A larger picture is subsampled to this long side before the code is looked for: 16 MiB of pixels at most. */
    static final int DECODED_SIDE = 2048;

    private QrCodes() {}

    public static byte[] png(String payload, int size) {
        try {
            BitMatrix matrix = new QRCodeWriter()
                    .encode(
                            payload,
                            BarcodeFormat.QR_CODE,
                            size,
                            size,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            BufferedImage image =
                    new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("the payload does not fit a QR code", tooLong);
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
    }

    /**
     * The text of the QR code in the image, or {@link MalformedPayload} when it is not a PNG or JPEG or holds no
     * readable code. The picture goes through {@link UploadedImages}: refused before decoding when its header claims
     * more pixels than allowed, decoded to at most {@link #DECODED_SIDE} pixels on its long side (plenty for a code
     * that fills a fraction of a phone photo), and only as many at once as the server allows; those refusals are
     * {@link AttachmentRejected}, the caller's to answer.
     */
    public static String read(byte[] image) throws MalformedPayload {
        AttachmentPolicy.Kind kind = AttachmentPolicy.detect(image).orElse(AttachmentPolicy.Kind.PDF);
        if (kind == AttachmentPolicy.Kind.PDF) {
            throw new MalformedPayload("the file is not an image that can be read (PNG or JPEG)");
        }
        String text = UploadedImages.decode(image, kind, DECODED_SIDE, QrCodes::find);
        if (text == null) {
            throw new MalformedPayload("no readable QR code in the image");
        }
        return text;
    }

    /** The code's text, or null; runs while the decode's permit is held, as its copies of the pixels are large. */
    private static String find(BufferedImage picture) {
        int[] pixels = picture.getRGB(0, 0, picture.getWidth(), picture.getHeight(), null, 0, picture.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(picture.getWidth(), picture.getHeight(), pixels);
        // The usual reading first (photos, scans); a clean image that defeats the finder-pattern search is then read
        // as a pure code, and with the global binarizer; one in a hundred generated codes needs the second try.
        for (BinaryBitmap bitmap : List.of(
                new BinaryBitmap(new HybridBinarizer(source)),
                new BinaryBitmap(new GlobalHistogramBinarizer(source)))) {
            for (Map<DecodeHintType, Object> hints : List.of(
                    Map.<DecodeHintType, Object>of(DecodeHintType.TRY_HARDER, Boolean.TRUE),
                    Map.<DecodeHintType, Object>of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))) {
                try {
                    return new QRCodeReader().decode(bitmap, hints).getText();
                } catch (NotFoundException | ChecksumException | FormatException notThisWay) {
                    // try the next way
                }
            }
        }
        return null;
    }
}
