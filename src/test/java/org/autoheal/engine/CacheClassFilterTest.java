package org.autoheal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputFilter.Status;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules cache's class filter decides as the JDK pattern filter it replaced, for every kind of check. */
class CacheClassFilterTest {
    private static final ObjectInputFilter PATTERN = ObjectInputFilter.Config.createFilter(
            "maxdepth=200;java.**;org.drools.**;org.kie.**;org.mvel2.**;org.autoheal.**;!*");

    record Info(Class<?> serialClass, long arrayLength, long depth, long references, long streamBytes)
            implements ObjectInputFilter.FilterInfo {
    }

    @Test
    void decidesAsThePatternFilter() {
        List<Class<?>> classes = new ArrayList<>(List.of(String.class, int[].class, byte[][].class, String[][].class,
                HashMap.class, org.drools.base.definitions.rule.impl.RuleImpl.class, org.kie.api.definition.KiePackage.class,
                org.mvel2.MVEL.class, RuleInfo.class, org.drools.base.rule.Declaration[].class, org.slf4j.Logger.class,
                com.fasterxml.jackson.databind.ObjectMapper.class, javax.naming.Reference.class, Thread.State.class));
        classes.add(null);
        int checked = 0;
        for (Class<?> c : classes) {
            for (long depth : new long[] {0, 1, 200, 201}) {
                Info info = new Info(c, c != null && c.isArray() ? 3 : -1, depth, 10, 1000);
                assertThat(CacheClassFilter.INSTANCE.checkInput(info)).as("%s at depth %d", c, depth)
                        .isEqualTo(PATTERN.checkInput(info));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(60);
        assertThat(CacheClassFilter.INSTANCE.checkInput(new Info(org.slf4j.Logger.class, -1, 1, 1, 1))).isEqualTo(Status.REJECTED);
        assertThat(CacheClassFilter.INSTANCE.checkInput(new Info(String.class, -1, 201, 1, 1))).isEqualTo(Status.REJECTED);
    }

    @Test
    void aStreamOfAnotherLibrarysClassIsRejected() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(List.of("allowed", new org.apache.commons.lang3.mutable.MutableInt(1))));
        }
        ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        in.setObjectInputFilter(CacheClassFilter.INSTANCE);
        try {
            in.readObject();
            throw new AssertionError("read a class outside the allowed packages");
        } catch (InvalidClassException rejected) {
            assertThat(rejected.getMessage()).contains("REJECTED");
        }
    }
}
