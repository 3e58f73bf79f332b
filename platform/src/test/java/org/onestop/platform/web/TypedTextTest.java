package org.onestop.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class TypedTextTest {

    private static final JsonMapper JSON = JsonMapper.builder().addModule(TypedText.module()).build();

    record Registration(String name, String username, String password, String clientSecret, String note,
                        List<String> tags) {
    }

    @Test
    void singleLinesAreNfcAndTrimmedMultiLineTextsAndSecretsKeepTheirSpaces() {
        Registration read = JSON.readValue("""
                {"name":"  Cafe\\u0301 王五\\t", "username":" wangwu ", "password":"  spaced pass  ",
                 "clientSecret":" s3cret ", "note":"  第一行\\n  第二行\\n", "tags":[" a ", "Cafe\\u0301"]}""",
                Registration.class);

        assertThat(read.name()).isEqualTo("Café 王五").hasSize(7);
        assertThat(read.username()).isEqualTo("wangwu");
        assertThat(read.password()).as("as typed, in NFC").isEqualTo("  spaced pass  ");
        assertThat(read.clientSecret()).isEqualTo(" s3cret ");
        assertThat(read.note()).isEqualTo("  第一行\n  第二行\n");
        assertThat(read.tags()).containsExactly("a", "Café");
    }

    @Test
    void nullAndNumbersReadAsBefore() {
        Registration read = JSON.readValue("{\"name\":null,\"username\":42}", Registration.class);

        assertThat(read.name()).isNull();
        assertThat(read.username()).isEqualTo("42");
    }
}
