@L13 @sign-in
Feature: Recovering a lost or forgotten password
  "If you have lost or forgotten your password, click here." (cmecf-login-page.txt)
  As in PACER: recovering a password is separate from recovering a user name, a reset asks for the
  user name and the e-mail address on the account, and the new password follows PACER's rules in
  force since August 2025 (14 to 45 characters, a lower-case letter, an upper-case letter and a
  special character, and no part of the person's name, user name or e-mail address).
  Our choices: the reset does not ask the security questions (PACER does); a request is answered
  the same way whether or not the details match an account, so nobody can find out which logins
  exist; the e-mailed link works once, within 60 minutes (the sources leave its lifetime open; 60
  minutes is the usual practice); a new password that is refused leaves the link working.

  Background:
    Given Avery is an attorney with a CM/ECF filer login

  Scenario: A forgotten password is replaced through a link e-mailed to the address on the account
    When Avery follows the lost-password link on the sign-in page
    And Avery asks for a reset link with their login and e-mail address
    Then they are told that a link was sent if the details match an account
    And Avery receives a password reset e-mail
    When Avery follows the reset link and chooses a new password
    Then Avery can sign in as a filer with the new password
    And Avery's old password no longer works

  Scenario: A reset link works only once
    When Avery follows the lost-password link on the sign-in page
    And Avery asks for a reset link with their login and e-mail address
    Then Avery receives a password reset e-mail
    When Avery follows the reset link and chooses a new password
    And Avery follows the reset link again
    Then the link no longer works

  Scenario: A reset link stops working after 60 minutes
    When Avery follows the lost-password link on the sign-in page
    And Avery asks for a reset link with their login and e-mail address
    Then Avery receives a password reset e-mail
    When 61 minutes pass
    And Avery follows the reset link
    Then the link no longer works

  Scenario: A request that matches no account gets the same answer and sends nothing
    When Avery follows the lost-password link on the sign-in page
    And someone asks for a reset link for Avery's login with another e-mail address
    Then they are told that a link was sent if the details match an account
    And no e-mail is sent to Avery

  Scenario Outline: A new password that breaks the rules is refused with the reason
    When Avery follows the lost-password link on the sign-in page
    And Avery asks for a reset link with their login and e-mail address
    Then Avery receives a password reset e-mail
    When Avery follows the reset link and chooses the new password "<password>"
    Then Avery is told the new password breaks the rules: "<reason>"

    Examples:
      | password             | reason                                                  |
      | Short-1!             | Your password must be 14 to 45 characters long.         |
      | no-capitals-here-42! | Your password needs at least one upper-case letter.     |
      | NO-LOWER-CASE-42!    | Your password needs at least one lower-case letter.     |
      | NoSpecialCharacter42 | Your password needs at least one special character      |
