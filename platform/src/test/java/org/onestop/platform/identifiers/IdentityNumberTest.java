package org.onestop.platform.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @ParameterizedTest
    @ValueSource(strings = {
            "11010519491231002X", // the example printed in GB 11643-1999 (check character X)
            "440524188001010014", // the other example of the standard
            "330106199003071236", // Hangzhou Xihu, check characters computed with ISO 7064 MOD 11-2
            "330102198506154527",
            "510107200002293182", // born on 29 February of a leap year
            "33010619900101123X",
            "330106199001010026"
    })
    void validNumbersPass(String number) {
        assertThat(IdentityNumber.problemWith(number, TODAY)).isEmpty();
        assertThat(IdentityNumber.checkCharacterOf(number.substring(0, 17))).isEqualTo(number.charAt(17));
    }

    @ParameterizedTest
    @CsvSource({
            "110105194912310021, check character",   // the standard's example with a wrong check character
            "330106199003071235, check character",   // one digit off
            "330106199003071263, check character",   // two digits swapped
            "11010519491231002, 18 characters",
            "1101051949123100200, 18 characters",
            "'', 18 characters",
            "11010519491231A02X, characters 1 to 17",
            "11010519491231002Y, digit or X",
            "99010519491231002X, region code",       // no province 99
            "01010519491231002X, region code",
            "330106199002301236, birth date",        // 30 February
            "330106199013011236, birth date",        // month 13
            "510107190002293182, birth date",        // 1900 was no leap year
            "330106202712011236, not possible"       // born after today
    })
    void brokenNumbersAreRefusedSayingWhy(String number, String reason) {
        assertThat(IdentityNumber.problemWith(number, TODAY))
                .hasValueSatisfying(problem -> assertThat(problem).contains(reason));
    }

    @Test
    void exactlyOneCheckCharacterFitsEachNumber() {
        String first17 = "33010619900307123";
        long fitting = IntStream.rangeClosed(0, 10)
                .mapToObj(i -> first17 + (i == 10 ? 'X' : (char) ('0' + i)))
                .filter(candidate -> IdentityNumber.problemWith(candidate, TODAY).isEmpty())
                .count();
        assertThat(fitting).isEqualTo(1);
    }

    @Test
    void aLowerCaseXIsRaisedBeforeTheCheck() {
        String normalized = IdentityNumber.normalized(" 11010519491231002x ");
        assertThat(normalized).isEqualTo("11010519491231002X");
        assertThat(IdentityNumber.problemWith(normalized, TODAY)).isEmpty();
        assertThat(IdentityNumber.regionCodeOf(normalized)).isEqualTo("110105");
    }

    @Test
    void maskingShowsOnlyTheFirstSixAndTheLastFour() {
        assertThat(Masked.identifier("11010519491231002X")).isEqualTo("110105********002X");
        assertThat(Masked.identifier("91330100799655058B")).isEqualTo("913301********058B");
        assertThat(Masked.identifier("1234567890")).isEqualTo("**********");
        assertThat(Masked.identifier(null)).isNull();
    }
}
