package org.laborbridge.shared;

import java.util.List;
import java.util.Set;

/**
 * The part of a division's name that survives a change of status: 武隆县 and 武隆区 are both
 * 武隆, 长阳土家族自治县 is 长阳. Matching stems is how a retired code finds today's division.
 */
final class RegionNameStem {

    // Longest first, so 自治县 wins over 县 and 林区 over 区.
    private static final List<String> SUFFIXES =
            List.of("特别行政区", "行政区", "自治县", "自治旗", "自治州", "自治区", "林区", "特区", "新区", "地区", "区", "县", "市", "旗", "盟", "省");

    private static final List<String> ETHNIC_GROUPS = List.of(
            "土家族",
            "苗族",
            "蒙古族",
            "回族",
            "藏族",
            "维吾尔族",
            "彝族",
            "壮族",
            "布依族",
            "朝鲜族",
            "满族",
            "侗族",
            "瑶族",
            "白族",
            "哈尼族",
            "哈萨克族",
            "傣族",
            "黎族",
            "傈僳族",
            "佤族",
            "畲族",
            "拉祜族",
            "水族",
            "东乡族",
            "纳西族",
            "景颇族",
            "柯尔克孜族",
            "土族",
            "达斡尔族",
            "仫佬族",
            "羌族",
            "布朗族",
            "撒拉族",
            "毛南族",
            "仡佬族",
            "锡伯族",
            "阿昌族",
            "普米族",
            "塔吉克族",
            "怒族",
            "鄂温克族",
            "德昂族",
            "保安族",
            "裕固族",
            "京族",
            "独龙族",
            "鄂伦春族",
            "各族",
            // Xinjiang's prefectures name the group without 族: 伊犁哈萨克自治州.
            "哈萨克",
            "柯尔克孜",
            "蒙古");

    // Names that recur in many cities and say nothing about where a place is.
    private static final Set<String> GENERIC = Set.of(
            "市中", "城关", "新市", "新城", "东城", "西城", "城东", "城西", "城南", "城北", "城中", "河东", "河西", "江北", "江南", "江东", "郊", "城",
            "矿", "东", "西", "南", "北", "中");

    // Bookkeeping groupings in the code lists, not places.
    private static final Set<String> PSEUDO = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "省直辖行政单位");

    private RegionNameStem() {}

    /** Empty for bookkeeping names that stand for no place. */
    static String of(String name) {
        if (PSEUDO.contains(name) || name.contains("直辖")) {
            return "";
        }
        String stem = stripSuffix(name);
        if (stem.equals(name)) {
            return stem;
        }
        // 沙县 became 沙县区: the old suffix stays part of the new name.
        if (stem.endsWith("县") && stem.length() > 1) {
            stem = stripSuffix(stem);
        }
        return stripEthnicGroups(stem);
    }

    /** A generic stem may only match within its own prefecture. */
    static boolean isGeneric(String stem) {
        return GENERIC.contains(stem);
    }

    private static String stripSuffix(String name) {
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private static String stripEthnicGroups(String stem) {
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String group : ETHNIC_GROUPS) {
                // 内蒙古 must stay 内蒙古, not 内.
                if (stem.endsWith(group) && stem.length() - group.length() >= 2) {
                    stem = stem.substring(0, stem.length() - group.length());
                    stripped = true;
                }
            }
        }
        return stem;
    }
}
