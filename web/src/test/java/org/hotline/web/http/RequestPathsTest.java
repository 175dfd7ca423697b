package org.hotline.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RequestPathsTest {

    @Test
    void aPathInsideTheApplicationIsKept() {
        assertEquals("/admin/users.xhtml", RequestPaths.safeLocal("/admin/users.xhtml"));
        assertEquals("/login.xhtml?x=1", RequestPaths.safeLocal("/login.xhtml?x=1"));
    }

    @Test
    void anythingThatCouldLeaveTheSiteGoesToTheStartInstead() {
        assertEquals("/", RequestPaths.safeLocal(null));
        assertEquals("/", RequestPaths.safeLocal("https://evil.example/"));
        assertEquals("/", RequestPaths.safeLocal("//evil.example/"));
        assertEquals("/", RequestPaths.safeLocal("/\\evil.example/"));
        assertEquals("/", RequestPaths.safeLocal("/ok\r\nSet-Cookie: x=y"));
    }
}
