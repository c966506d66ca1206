package io.enterpriseconnect.help.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HeadingIdsTest {

    @Test
    void slugLowersAsciiAndDropsPunctuation() {
        assertEquals("about-github-connect", Slugger.slugOf("About GitHub Connect"));
        assertEquals("accessing-the-administrative-shell-ssh", Slugger.slugOf("Accessing the administrative shell (SSH)"));
        assertEquals("whats-new", Slugger.slugOf("What's new?"));
    }

    @Test
    void japaneseTextAndFullWidthPunctuationStay() {
        assertEquals("teamのldapグループへのマッピング（たとえばldap-syncを使って）", Slugger.slugOf("TeamのLDAPグループへのマッピング（たとえばLDAP Syncを使って）"));
    }

    @Test
    void repeatedHeadingsGetNumberedIds() {
        Slugger slugger = new Slugger();
        assertEquals("further-reading", slugger.slug("Further reading"));
        assertEquals("further-reading-1", slugger.slug("Further reading"));
        assertEquals("further-reading-2", slugger.slug("Further reading"));
    }

    @Test
    void translatedHeadingTakesTheIdOfItsEnglishOriginalAndKeepsItsOwnAsAlias() {
        HeadingIds ids = HeadingIds.forTranslation(java.util.Arrays.asList("Prerequisites", null));
        assertEquals("prerequisites", ids.idFor("必要な環境"));
        assertEquals("必要な環境", ids.aliasFor());
        assertEquals("参考リンク", ids.idFor("参考リンク"));
        assertEquals(null, ids.aliasFor());
    }
}
