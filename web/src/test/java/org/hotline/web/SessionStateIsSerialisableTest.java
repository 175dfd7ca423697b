package org.hotline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Everything an HTTP session holds can be copied to the other node of a cluster: every session- and view-scoped bean,
 * and whatever its fields hold, down through the application's own types, is serialisable. One that is not stops the
 * session's replication (Infinispan refuses it, and a node that joins waits for a state it never gets), so an agent
 * whose node dies would be signed out. Injected fields are the container's serialisable proxies and are not followed.
 */
class SessionStateIsSerialisableTest {

    @Test
    void everythingASessionHoldsIsSerialisable() {
        List<String> problems = new ArrayList<>();
        List<Class<?>> held = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.hotline.web")
                        .stream()
                        .filter(bean ->
                                bean.isAnnotatedWith(ViewScoped.class) || bean.isAnnotatedWith(SessionScoped.class))
                        .map(JavaClass::reflect)
                        .toList();
        Set<Type> seen = new HashSet<>();
        for (Class<?> bean : held) {
            check(bean, bean.getSimpleName(), seen, problems);
        }
        assertEquals(List.of(), problems, "held in a session but not serialisable");
        System.out.printf("%d session- and view-scoped beans checked, %d types followed%n", held.size(), seen.size());
    }

    private static void check(Type type, String path, Set<Type> seen, List<String> problems) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            check(parameterized.getRawType(), path, seen, problems);
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, path + "<>", seen, problems);
            }
        } else if (type instanceof GenericArrayType array) {
            check(array.getGenericComponentType(), path + "[]", seen, problems);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                check(bound, path, seen, problems);
            }
        } else if (type instanceof Class<?> kind) {
            checkClass(kind, path, seen, problems);
        }
    }

    private static void checkClass(Class<?> kind, String path, Set<Type> seen, List<String> problems) {
        if (kind.isPrimitive() || kind == Object.class) {
            return;
        }
        if (kind.isArray()) {
            check(kind.getComponentType(), path + "[]", seen, problems);
            return;
        }
        boolean ours = kind.getName().startsWith("org.hotline.");
        // The collections' interfaces say nothing; what they hold is checked through their type arguments, and the
        // implementations the code makes (ArrayList, HashMap, List.of) are serialisable.
        boolean collectionInterface = kind.isInterface() && kind.getName().startsWith("java.util.");
        if (!collectionInterface && !Serializable.class.isAssignableFrom(kind)) {
            problems.add(path + ": " + kind.getName());
            return;
        }
        if (!ours) {
            return;
        }
        for (Class<?> declaring = kind; declaring != null && declaring != Object.class; ) {
            for (Field field : declaring.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers)
                        || Modifier.isTransient(modifiers)
                        || field.isAnnotationPresent(Inject.class)
                        || field.isAnnotationPresent(EJB.class)
                        || field.isSynthetic()) {
                    continue;
                }
                check(field.getGenericType(), path + "." + field.getName(), seen, problems);
            }
            declaring = declaring.getSuperclass();
        }
    }
}
