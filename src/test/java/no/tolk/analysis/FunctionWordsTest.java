package no.tolk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FunctionWordsTest {

  @Test
  void a_paragraph_is_decided_by_a_clear_majority() {
    assertThat(FunctionWords.vote(
            "Hvis du vil legge til en ny bruker, må du først logge inn som administrator og "
                + "velge brukere i menyen til venstre."))
        .contains(Language.NB);
    assertThat(FunctionWords.vote(
            "If you want to add a new user, you must first log in as an administrator and pick "
                + "users from the menu on the left."))
        .contains(Language.EN);
  }

  @Test
  void a_short_heading_is_decided_by_a_couple_of_words_all_for_one_side() {
    assertThat(FunctionWords.vote("Remove the home directories of all users")).contains(Language.EN);
    assertThat(FunctionWords.vote("If PXE without hard disk")).contains(Language.EN);
    assertThat(FunctionWords.vote("Oppføringer for å forhindre mulige feilbrenninger"))
        .contains(Language.NB);
    assertThat(FunctionWords.vote("Tynne LTSP-klienter og hvis du")).contains(Language.NB);
  }

  @Test
  void mixed_or_thin_evidence_is_left_to_the_models() {
    // One word each way, or a single word, is no majority.
    assertThat(FunctionWords.vote("Installing the Skolelinux tjener")).isEmpty();
    assertThat(FunctionWords.vote("Remove the home directories")).isEmpty();
    assertThat(FunctionWords.vote("Appendix A og B")).isEmpty();
    assertThat(FunctionWords.vote("Sitesummary and hvis")).isEmpty();
    // A long text needs more than two votes.
    assertThat(FunctionWords.vote(
            "LTSP PXE DHCP LDAP Kerberos Samba NFS X2Go Xfce LXDE GOsa sitesummary munin icinga "
                + "squid bind9 nslcd sssd cups freeradius the and"))
        .isEmpty();
  }

  @Test
  void nynorsk_words_leave_the_choice_to_the_models() {
    assertThat(FunctionWords.vote("Eg veit ikkje kva som skjer med dei i morgon")).isEmpty();
  }
}
