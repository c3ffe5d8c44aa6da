package dev.kiln.runtime.substitutions.sun.util.locale.provider;

import dev.kiln.runtime.Substitute;
import sun.util.locale.provider.BaseLocaleDataMetaInfo;

/**
 * The JRE (COMPAT) adapter of a runtime image with {@code java.base} only: the locales it supports are
 * those of {@code java.base}'s own data; the JDK adds those of installed {@code LocaleDataMetaInfo}
 * services ({@code jdk.localedata}), found with {@code ServiceLoader}.
 */
final class JRELocaleProviderAdapter {
    private JRELocaleProviderAdapter() {
    }

    @Substitute
    private static String createSupportedLocaleString(String category) {
        return BaseLocaleDataMetaInfo.getSupportedLocaleString(category);
    }
}
