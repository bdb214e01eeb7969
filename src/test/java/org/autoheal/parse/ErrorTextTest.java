package org.autoheal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ErrorTextTest {

    @Test
    void whenOutputIsLongerThanTheLimit_thenTheLastBytesAreKept() {
        String tail = "Traceback (most recent call last):\nValueError: the end\n";
        byte[] bytes = ("x".repeat(100_000) + tail).getBytes(StandardCharsets.UTF_8);
        String text = ErrorText.decode(bytes, 1000);
        assertThat(text).hasSize(1000).endsWith(tail);
    }

    @Test
    void whenTheCutFallsInsideAMultiByteCharacter_thenNoBrokenCharacterIsLeft() {
        byte[] bytes = "ééééé".getBytes(StandardCharsets.UTF_8);   // 10 bytes, 2 per character
        assertThat(ErrorText.decode(bytes, 5)).isEqualTo("éé");
    }

    @Test
    void whenInputIsInvalidUtf8OrBinary_thenItIsReplacedAndControlCharactersAreDropped() {
        byte[] bytes = {'o', 'k', (byte) 0xC3, (byte) 0x28, 0, 1, 7, 0x7F, (byte) 0xFF, '\t', 'a', '\r', '\n', 'b', '\r', 'c'};
        String text = ErrorText.decode(bytes, 1000);
        assertThat(text).isEqualTo("ok\uFFFD(\uFFFD\ta\nb\rc");
    }

    @Test
    void terminalEscapesAndBidiOverridesAreRemoved() {
        String colored = "\u001B[1;31mValueError\u001B[0m: \u202Eboom\u001B";
        assertThat(ErrorText.decode(colored.getBytes(StandardCharsets.UTF_8), 1000)).isEqualTo("ValueError: boom");
    }

    @Test
    void readDrainsTheWholeStreamAndKeepsItsEnd() {
        byte[] big = new byte[3_000_000];
        Arrays.fill(big, (byte) 'a');
        byte[] end = "\nKeyError: 'last'\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(big, big.length + end.length);
        System.arraycopy(end, 0, all, big.length, end.length);
        InputStream in = new ByteArrayInputStream(all);
        String text = ErrorText.read(in, ErrorText.DEFAULT_MAX_BYTES);
        assertThat(text).hasSize(ErrorText.DEFAULT_MAX_BYTES).endsWith("KeyError: 'last'\n");
        assertThat(ErrorText.read(new ByteArrayInputStream("short\r\n".getBytes(StandardCharsets.UTF_8)), 100)).isEqualTo("short\n");
    }

    @Test
    void emptyNullAndZeroLimitGiveEmptyText() {
        assertThat(ErrorText.decode(null, 10)).isEmpty();
        assertThat(ErrorText.decode(new byte[0], 10)).isEmpty();
        assertThat(ErrorText.decode("abc".getBytes(StandardCharsets.UTF_8), 0)).isEmpty();
        assertThat(ErrorText.read(new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8)), 0)).isEmpty();
        assertThat(ErrorText.bound(null, 10)).isEmpty();
    }

    @Test
    void boundKeepsTheLastCharactersWithoutSplittingASurrogatePair() {
        assertThat(ErrorText.bound("ab😀c", 2)).isEqualTo("c");
        assertThat(ErrorText.bound("ab😀c", 3)).isEqualTo("😀c");
    }

    @Test
    void tailCountsTheLimitInUtf8Bytes_notCharacters() {
        String text = "ü".repeat(100) + "end"; // 203 bytes, 103 characters
        assertThat(ErrorText.tail(text, 1000)).isSameAs(text);
        assertThat(ErrorText.tail(text, 13)).isEqualTo("üüüüüend"); // 5 x 2 bytes + 3
        assertThat(ErrorText.tail(text, 12)).isEqualTo("üüüüend"); // never half a character
        assertThat(ErrorText.tail("x€", 2)).isEqualTo("");
        assertThat(ErrorText.tail(null, 10)).isEmpty();
    }
}
