package org.hotline.document;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

/** Ed25519 from the JDK: each institution's key pair, signing a payload, and checking a signature. */
public final class DocumentSignatures {

    public static final String ALGORITHM = "Ed25519";

    private DocumentSignatures() {}

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException missingFromTheJdk) {
            throw new IllegalStateException(missingFromTheJdk);
        }
    }

    public static SecurePayload sign(SecurePayload unsigned, PrivateKey key) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(unsigned.signedBytes());
            return unsigned.signedWith(signer.sign());
        } catch (GeneralSecurityException broken) {
            throw new IllegalStateException("signing failed", broken);
        }
    }

    /** Whether the key signed exactly this payload; a key of another kind or a broken signature is a no. */
    public static boolean verifies(SecurePayload payload, PublicKey key) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(payload.signedBytes());
            return verifier.verify(payload.signature());
        } catch (GeneralSecurityException notThisKeyOrSignature) {
            return false;
        }
    }

    /** A public key from its X.509 encoding, as the registry keeps it. */
    public static PublicKey publicKey(byte[] x509) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(x509));
        } catch (GeneralSecurityException notAKey) {
            throw new IllegalArgumentException("not an Ed25519 public key", notAKey);
        }
    }

    /** A private key from its PKCS#8 encoding. */
    public static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException notAKey) {
            throw new IllegalArgumentException("not an Ed25519 private key", notAKey);
        }
    }
}
