package org.hotline.web.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.SecureCookieCommitListener;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;
import java.net.InetSocketAddress;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hotline.common.Settings;

/**
 * Behind a reverse proxy that ends TLS, a request reaches WildFly over plain HTTP; the proxy says it came over HTTPS in
 * {@code X-Forwarded-Proto}. That header is believed only from the proxies named in {@code HOTLINE_TRUSTED_PROXIES},
 * the same list {@link ClientAddress} believes {@code X-Forwarded-For} from: anyone else who sends it is ignored, so
 * a client that reaches WildFly directly cannot make the application think its plain connection was private. From a
 * trusted proxy that says {@code https}, the request's scheme becomes https, which makes everything that follows
 * agree: the session cookie and every other cookie are marked {@code Secure}, redirects name https (with the Host the
 * proxy passes on, the public one), and the origin check of API writes and WebSocket upgrades ({@link SameOriginFilter})
 * compares with the https origin the browser sends.
 *
 * <p>WildFly's own {@code proxy-address-forwarding} is left off: it believes every forwarded header from every peer.
 * An Undertow extension of this deployment (registered in {@code META-INF/services}), since a servlet filter comes
 * too late for the session cookie and redirects, which Undertow writes from its own view of the request.
 */
public class TrustedProxyScheme implements ServletExtension {

    static final String FORWARDED_PROTO = "X-Forwarded-Proto";

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        Set<String> trusted = WebSettings.from(Settings.of(ConfigProvider.getConfig(deployment.getClassLoader())))
                .trustedProxies();
        if (trusted.isEmpty()) {
            return;
        }
        deployment.addInitialHandlerChainWrapper(next -> exchange -> {
            apply(exchange, trusted);
            next.handleRequest(exchange);
        });
    }

    private static void apply(HttpServerExchange exchange, Set<String> trusted) {
        InetSocketAddress peer = exchange.getSourceAddress();
        String proto = exchange.getRequestHeaders().getLast(FORWARDED_PROTO);
        if (peer != null
                && peer.getAddress() != null
                && isHttpsFromTrusted(peer.getAddress().getHostAddress(), proto, trusted)) {
            exchange.setRequestScheme("https");
            exchange.addResponseCommitListener(SecureCookieCommitListener.INSTANCE);
        }
    }

    /** Whether the peer is a trusted proxy that says the client's connection was HTTPS. */
    static boolean isHttpsFromTrusted(String peer, String forwardedProto, Set<String> trusted) {
        return trusted.contains(peer) && forwardedProto != null && "https".equalsIgnoreCase(forwardedProto.strip());
    }
}
