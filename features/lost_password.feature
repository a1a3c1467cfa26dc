@L13 @sign-in
Feature: Recovering a forgotten password or user name
  The way back in for a person who has lost a password or forgotten a user name: "If you have lost or
  forgotten your password, click here." (cmecf-login-page.txt)

  As in PACER / CM/ECF:
  - "Forgot Password" and "Forgot Username" are separate ways back in
  - Forgot Password asks for the user name, the account's e-mail (or date of birth) and the security questions
  - it then e-mails a link to choose a new password
  - a new password (PACER's rules since August 2025): 14 to 45 characters, lower and upper case, a special character
  - a new password contains no part of the person's name, user name or e-mail address

  Our choices:
  - Forgot Username e-mails the user names on file to the address given
  - Forgot Username answers the same whether or not an account has the address
  - the sign-in page links to Forgot Username beside its link for a lost password
  - the two security questions chosen at registration are asked; answers ignore capitals and surrounding spaces
  - a wrong user name, e-mail address, date of birth or answer gets one message that does not say which was wrong
  - a user name nobody has is asked two questions and locked all the same: nobody can find out which user names exist
  - with no security questions on file (a CM/ECF-only login, an older account): sent to the PACER Service Center
  - more than five wrong tries in a row lock Forgot Password for that user name for 5 minutes
  - each try while it is locked adds 5 minutes, as wrong passwords lock signing in
  - the wrong tries count again once a reset link is sent
  - the e-mailed link works once, within 60 minutes (the sources leave its lifetime open; 60 minutes is usual practice)
  - a new password that is refused leaves the link working

  Background:
    Given Pat is a viewer with a PACER login and two security questions on file

  Rule: Forgot Password asks for the user name, the e-mail address or date of birth, and the security questions

    Scenario: A forgotten password is replaced through a link e-mailed to the address on the account
      When Pat follows the lost-password link on the sign-in page
      And Pat asks for a reset link with their login and e-mail address
      And Pat answers the security questions chosen at registration
      Then Pat is told that a reset link was sent to the e-mail address on the account
      And Pat receives a password reset e-mail
      When Pat follows the reset link and chooses a new password
      Then Pat can sign in with the new password
      And Pat's old password no longer works

    Scenario: The date of birth can stand in for the e-mail address
      When Pat follows the lost-password link on the sign-in page
      And Pat asks for a reset link with their login and date of birth
      And Pat answers the security questions chosen at registration
      Then Pat receives a password reset e-mail

    Scenario Outline: A request with <what is wrong> gets the one answer that names no part, and sends nothing
      When Pat follows the lost-password link on the sign-in page
      And someone asks for a reset link with <login>, <address> and <answers>
      Then they are told "The details you entered do not match our records. Check your user name, your e-mail address or date of birth, and your answers to the security questions, then try again."
      And no e-mail is sent to Pat

      Examples:
        | what is wrong                | login              | address                | answers                              |
        | a wrong answer               | Pat's login        | Pat's e-mail address   | a wrong answer to the second question |
        | another e-mail address       | Pat's login        | another e-mail address | Pat's answers                        |
        | another date of birth        | Pat's login        | another date of birth  | Pat's answers                        |
        | a user name nobody has       | a login nobody has | Pat's e-mail address   | Pat's answers                        |

    Scenario: A user name nobody has is asked two security questions, like any other
      When Pat follows the lost-password link on the sign-in page
      And someone asks for a reset link for a login nobody has with Pat's e-mail address
      Then they are asked two security questions

    Scenario: An account without security questions on file is sent to the PACER Service Center
      Given Avery is an attorney with a CM/ECF filer login
      When Avery follows the lost-password link on the sign-in page
      And Avery asks for a reset link with their login and e-mail address
      Then Avery is told "This account has no security questions on file, so its password cannot be reset online. Contact the PACER Service Center at (800) 676-6856."
      And no e-mail is sent to Avery

  Rule: more than five wrong tries in a row lock Forgot Password for that user name, known or not

    @security
    Scenario: Five wrong tries in a row do not lock Forgot Password
      When someone tries Forgot Password 5 times for Pat's login with Pat's e-mail address and wrong answers
      And Pat asks for a reset link with their login and e-mail address
      And Pat answers the security questions chosen at registration
      Then Pat receives a password reset e-mail

    @security
    Scenario: The sixth wrong try locks Forgot Password for 5 minutes, and each try while it is locked adds 5
      When someone tries Forgot Password 6 times for Pat's login with Pat's e-mail address and wrong answers
      Then they are told Forgot Password is locked for this user name for 5 more minutes
      When 4 minutes pass
      And Pat asks for a reset link with their login and e-mail address
      Then they are told Forgot Password is locked for this user name for 6 more minutes
      And no e-mail is sent to Pat
      When 6 minutes pass
      And Pat asks for a reset link with their login and e-mail address
      And Pat answers the security questions chosen at registration
      Then Pat receives a password reset e-mail

    @security
    Scenario: Once a reset link is sent, the count of wrong tries towards the lock starts again
      When someone tries Forgot Password 5 times for Pat's login with Pat's e-mail address and wrong answers
      And Pat asks for a reset link with their login and e-mail address
      And Pat answers the security questions chosen at registration
      And Pat follows the lost-password link on the sign-in page
      And someone asks for a reset link with Pat's login, Pat's e-mail address and a wrong answer to the second question
      Then they are told "The details you entered do not match our records. Check your user name, your e-mail address or date of birth, and your answers to the security questions, then try again."

    @security
    Scenario Outline: A user name nobody has is locked exactly as a real one
      When someone tries Forgot Password 6 times for <login> with Pat's e-mail address and wrong answers
      Then they are told Forgot Password is locked for this user name for 5 more minutes

      Examples:
        | login              |
        | Pat's login        |
        | a login nobody has |

  Rule: the e-mailed link works once, within 60 minutes, for a password that follows the rules

    Scenario: A reset link works only once
      Given Pat has received a password reset e-mail
      When Pat follows the reset link and chooses a new password
      And Pat follows the reset link again
      Then the link no longer works

    Scenario Outline: A reset link works for 60 minutes after it was sent, and not after
      Given Pat has received a password reset e-mail
      When <minutes> minutes pass
      And Pat follows the reset link
      Then <outcome>

      Examples:
        | minutes | outcome                               |
        | 59      | Pat is asked to choose a new password |
        | 61      | the link no longer works              |

    Scenario Outline: A new password that breaks the rules is refused with the reason
      Given Pat has received a password reset e-mail
      When Pat follows the reset link and chooses the new password "<password>"
      Then Pat is told the new password breaks the rules: "<reason>"

      Examples:
        | password             | reason                                                  |
        | Short-1!             | Your password must be 14 to 45 characters long.         |
        | no-capitals-here-42! | Your password needs at least one upper-case letter.     |
        | NO-LOWER-CASE-42!    | Your password needs at least one lower-case letter.     |
        | NoSpecialCharacter42 | Your password needs at least one special character      |

  Rule: Forgot Username e-mails the user names on file, and answers the same either way

    Scenario: A forgotten user name is e-mailed to the address on the account
      When Pat follows the forgotten-user-name link on the sign-in page
      And Pat asks for the user name with the e-mail address on the account
      Then they are told that the user name was sent if an account has that address
      And Pat receives an e-mail giving Pat's user name

    Scenario: An address no account has gets the same answer, and no e-mail
      When someone follows the forgotten-user-name link on the sign-in page
      And someone asks for the user name with an e-mail address no account has
      Then they are told that the user name was sent if an account has that address
      And nothing is sent to that address
