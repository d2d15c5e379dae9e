package org.laborbridge.shared;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseTextTests {

    @ParameterizedTest
    @CsvSource({"張三, 张三", "濟南市, 济南市", "鳳凰縣, 凤凰县", "瀘溪縣, 泸溪县", "龍山, 龙山", "劉曉華, 刘晓华", "王小明, 王小明"})
    void convertsTraditionalNamesToSimplified(String traditional, String simplified) {
        assertThat(ChineseText.toSimplified(traditional)).isEqualTo(simplified);
    }

    @Test
    void normalisesWidthScriptAndSpacing() {
        assertThat(ChineseText.normalise("\u3000張　　三 ")).isEqualTo("张 三");
        assertThat(ChineseText.normalise("ＡＢＣ１２３")).isEqualTo("ABC123");
    }

    @ParameterizedTest
    @CsvSource({
        "张三, zhang san, zhangsan, zs",
        "張三, zhang san, zhangsan, zs",
        "吕布, lv bu, lvbu, lb",
        "绿, lv, lv, l",
        "卢, lu, lu, l",
        "欧阳修, ou yang xiu, ouyangxiu, oyx",
        "濟南市, ji nan shi, jinanshi, jns",
        "重庆, chong qing, chongqing, cq",
        "阿依古丽·买买提, a yi gu li mai mai ti, ayigulimaimaiti, ayglmmt",
        "张三Tom, zhang san tom, zhangsantom, zst",
    })
    void readsTextAsPinyinWithoutTones(String text, String pinyin, String compact, String initials) {
        assertThat(ChineseText.pinyin(text)).isEqualTo(pinyin);
        assertThat(ChineseText.pinyinCompact(text)).isEqualTo(compact);
        assertThat(ChineseText.initials(text)).isEqualTo(initials);
    }

    @ParameterizedTest
    @CsvSource({
        "曾国藩, zeng guo fan, ceng guo fan",
        "单田芳, shan tian fang, dan tian fang",
        "單田芳, shan tian fang, dan tian fang",
        "解缙, xie jin, jie jin",
        "区伯, ou bo, qu bo",
        "仇英, qiu ying, chou ying",
        "查良镛, zha liang yong, cha liang yong",
        "万俟卨, mo qi xie, wan qi xie",
        "尉迟恭, yu chi gong, wei chi gong",
    })
    void readsPolyphonicSurnamesAsSurnamesOnlyInNames(String name, String asName, String asText) {
        assertThat(ChineseText.namePinyin(name)).isEqualTo(asName);
        assertThat(ChineseText.pinyin(name)).isEqualTo(asText);
    }

    @Test
    void readsOnlyTheSurnameAsASurname() {
        assertThat(ChineseText.namePinyin("王单")).isEqualTo("wang dan");
        assertThat(ChineseText.nameInitials("曾国藩")).isEqualTo("zgf");
        assertThat(ChineseText.namePinyinCompact("单田芳")).isEqualTo("shantianfang");
    }

    @Test
    void givesEmptyReadingsForTextWithoutLettersOrCharacters() {
        assertThat(ChineseText.pinyin(" ·、 ")).isEmpty();
        assertThat(ChineseText.initials("")).isEmpty();
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings()
                .withChars("张王李趙曾單吕陈劉伟芳娜敏静丽強磊军洋勇艳杰娟涛明超秀霞平刚桂")
                .ofMinLength(1)
                .ofMaxLength(4);
    }

    @Property
    void pinyinIsLowercaseAsciiWithOneSyllablePerCharacter(@ForAll("names") String name) {
        String pinyin = ChineseText.pinyin(name);

        assertThat(pinyin).matches("[a-z]+( [a-z]+)*");
        assertThat(pinyin.split(" ")).hasSize(name.length());
        assertThat(ChineseText.pinyinCompact(name)).isEqualTo(pinyin.replace(" ", ""));
        assertThat(ChineseText.initials(name)).hasSize(name.length());
    }

    @Property
    void traditionalAndSimplifiedSpellingsReadAlike(@ForAll("names") String name) {
        String simplified = ChineseText.toSimplified(name);

        assertThat(ChineseText.pinyin(name)).isEqualTo(ChineseText.pinyin(simplified));
        assertThat(ChineseText.namePinyin(name)).isEqualTo(ChineseText.namePinyin(simplified));
    }
}
