package vn.motcua.fee;

import java.util.ArrayList;
import java.util.List;

/**
 * An amount of VND in Vietnamese words, as receipts write it: "Một triệu hai trăm năm mươi nghìn đồng".
 * Inside a number a zero hundreds digit is read "không trăm" and a zero tens digit "linh"; 1 after a
 * tens of 20 or more is "mốt", 5 after any tens is "lăm".
 */
public final class VietnameseAmount {

    /** The largest amount read: 999,999,999,999,999 (nghìn tỷ is as far as receipts go). */
    public static final long MAX = 999_999_999_999_999L;

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final long BILLION = 1_000_000_000L;

    private VietnameseAmount() {
    }

    public static String inWords(long vnd) {
        if (vnd < 0 || vnd > MAX) {
            throw new IllegalArgumentException("an amount from 0 to " + MAX + " VND: " + vnd);
        }
        List<String> words = new ArrayList<>();
        if (vnd == 0) {
            words.add("không");
        } else {
            long billions = vnd / BILLION;
            boolean leading = true;
            if (billions > 0) {
                belowBillion(billions, true, words);
                words.add("tỷ");
                leading = false;
            }
            belowBillion(vnd % BILLION, leading, words);
        }
        words.add("đồng");
        String text = String.join(" ", words);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Whole VND with dots between thousands, as Vietnamese documents write it: "1.250.000 đồng". */
    public static String inFigures(long vnd) {
        String digits = Long.toString(Math.abs(vnd));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                text.append('.');
            }
            text.append(digits.charAt(i));
        }
        return (vnd < 0 ? "-" : "") + text + " đồng";
    }

    private static void belowBillion(long n, boolean leading, List<String> words) {
        long[] groups = {n / 1_000_000, n / 1000 % 1000, n % 1000};
        String[] units = {"triệu", "nghìn", null};
        for (int i = 0; i < groups.length; i++) {
            if (groups[i] > 0) {
                group((int) groups[i], leading, words);
                if (units[i] != null) {
                    words.add(units[i]);
                }
                leading = false;
            }
        }
    }

    /** Three digits; the leading group of a number drops its zero hundreds ("mười lăm", not "không trăm mười lăm"). */
    private static void group(int n, boolean leading, List<String> words) {
        int hundreds = n / 100;
        int tens = n / 10 % 10;
        int ones = n % 10;
        boolean full = !leading || hundreds > 0;
        if (full) {
            words.add(DIGITS[hundreds]);
            words.add("trăm");
        }
        if (tens == 0) {
            if (ones > 0 && full) {
                words.add("linh");
            }
        } else if (tens == 1) {
            words.add("mười");
        } else {
            words.add(DIGITS[tens]);
            words.add("mươi");
        }
        if (ones == 1 && tens >= 2) {
            words.add("mốt");
        } else if (ones == 5 && tens >= 1) {
            words.add("lăm");
        } else if (ones > 0) {
            words.add(DIGITS[ones]);
        }
    }
}
