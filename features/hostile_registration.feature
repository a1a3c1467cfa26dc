@security @registration
Feature: Hostile and malformed entries are refused politely on the registration forms
  Registering asks for more than any other page. Whatever a person types there, the page answers with a
  clear message beside the field at fault, keeps the other entries, never breaks into an error page, and
  shows what was typed as plain text: a script typed into a field never runs.

  As in PACER / CM/ECF:
  - step 5 is the registration form; the PACER Service Center (800-676-6856) helps (pacer-registration-instructions.txt)
  - the sources are silent on hostile entries: the rules below are ours

  Our choices:
  - no account is created until every step is accepted
  - a field is one line, without tabs, line breaks or invisible characters that control or reorder text
  - names, the city, the county and the agency are letters of any script: accented or Arabic, not emoji or invisible alone
  - a name has at most 50 characters; a city and a county 60; a street address, a security answer, the card's name 100
  - an agency has at most 120 characters, an e-mail address 254
  - an e-mail address is a plain address such as name@example.com
  - a phone number has 10 to 15 of the digits 0-9; a ZIP code is 5 such digits, or ZIP+4
  - an activation code is 12 letters and digits
  - a field stops taking characters at its limit as they are typed
  - a longer entry, or one with a line break, that reaches the court all the same is refused in the same words
  - the card number and security code, the password and the security answers are never shown back
  - upgrading asks only for a tick in a box, so it has nothing to type into

  Where each example runs: "in Chromium and Firefox", in both browsers, where a script could run; "at the
  HTTP level", the same entries through the same forms without a browser; with no such heading, both browsers.

  Rule: step 5, the account information, refuses what is not a name, an address or a number, beside the field

    @R09 @R11 @R18
    Scenario Outline: Account information with <what> as the <field> is refused beside that field, keeping the other entries
      Given Sam wants an upgraded PACER account
      When Sam completes the account information with <what> as the <field>
      Then Sam is told beside the <field> field "<message>"
      And Sam's account information other than the <field> is still filled in
      And none of Sam's entries ran as a script
      And Sam is offered the PACER Service Center's help at 800-676-6856

      Examples: in Chromium and Firefox
        | what                             | technically                   | field          | message                                                        |
        | a hidden right-to-left character | U+202E override               | Last name      | A name cannot contain line breaks or control characters.       |
        | a script                         | script tag                    | E-mail address | Enter an e-mail address such as name@example.com.              |
        | a picture that runs a script     | img with onerror handler      | ZIP code       | Enter a 5-digit ZIP code, or ZIP+4 such as 20001-1234.         |

      @http
      Examples: at the HTTP level, without a browser
        | what                             | technically                   | field          | message                                                        |
        | only spaces                      | whitespace only               | First name     | Enter your first name.                                         |
        | an emoji                         | ZWJ emoji sequence            | First name     | A name needs at least one letter.                              |
        | only invisible characters        | zero-width joiners            | Last name      | A name needs at least one letter.                              |
        | a template placeholder           | template expression           | City           | A city needs at least one letter.                              |
        | a tab                            | control character             | Street address | An address cannot contain line breaks or control characters.   |
        | an emoji                         | ZWJ emoji sequence            | County         | A county needs at least one letter.                            |
        | a forged line break              | encoded CRLF header injection | E-mail address | Enter an e-mail address such as name@example.com.              |
        | a database command               | SQL injection                 | Phone number   | Enter a phone number with its area code, such as 202-555-0143. |
        | Arabic-Indic digits              | U+0660-U+0669 digits          | ZIP code       | Enter a 5-digit ZIP code, or ZIP+4 such as 20001-1234.         |

    @R09 @R11
    Scenario: A name longer than the field takes stops at the field's limit as it is typed
      Given Sam wants an upgraded PACER account
      When Sam fills in the account information, typing a name longer than the field takes as the First name
      Then the First name field holds the first 50 characters of a name longer than the field takes
      When Sam goes on to the next step
      Then Sam is at the User Name, Password and Security Questions step

  Rule: whatever is accepted as a name is kept exactly as typed, and shown as text

    @R09 @R16
    Scenario Outline: A last name with <what> is kept exactly as typed, and shown as text
      Given Sam wants an upgraded PACER account, with <what> as the last name
      When Sam registers with a credit card
      Then Sam is thanked for registering with the PACER Service Center
      And Sam's account has <what> as the last name, exactly as typed
      When Sam signs in with a PACER login
      And Sam opens Manage My Account
      Then Manage My Account shows Sam's name as typed
      And none of Sam's entries ran as a script

      Examples:
        | what                         | technically              |
        | Arabic letters               | non-Latin script         |
        | a script                     | script tag               |
        | a picture that runs a script | img with onerror handler |
        | a database command           | SQL injection            |

  Rule: step 6, the user name, password and security questions, keeps the questions chosen

    @R12
    Scenario Outline: A user name, password or answer with <what> as the <field> is refused beside that field, keeping the questions chosen
      Given Sam wants an upgraded PACER account
      When Sam completes the account information
      And Sam chooses a user name, password and security questions with <what> as the <field>
      Then Sam is told beside the <field> field "<message>"
      And Sam's security questions are still chosen
      And none of Sam's entries ran as a script

      Examples: in Chromium and Firefox
        | what                             | technically        | field                         | message                                                                         |
        | a script                         | script tag         | User name                     | A user name can contain only letters, digits and the signs . - _ @ (no spaces). |
        | a hidden right-to-left character | U+202E override    | Answer to security question 1 | An answer cannot contain line breaks or control characters.                     |

      @http
      Examples: at the HTTP level, without a browser
        | what                             | technically        | field                         | message                                                                         |
        | only spaces                      | whitespace only    | User name                     | Choose a user name.                                                             |
        | a database command               | SQL injection      | User name                     | A user name can contain only letters, digits and the signs . - _ @ (no spaces). |
        | Arabic letters                   | non-Latin script   | User name                     | A user name has 8 to 64 characters.                                             |
        | an emoji                         | ZWJ emoji sequence | Password                      | Your password must be 14 to 45 characters long.                                 |
        | only spaces                      | whitespace only    | Answer to security question 1 | Answer security question 1.                                                     |
        | a tab                            | control character  | Answer to security question 2 | An answer cannot contain line breaks or control characters.                     |

  Rule: step 7, the card, is checked beside each detail and the card number is never shown back

    @R13 @R18
    Scenario Outline: A card with <what> as the <field> is refused beside that field, and its number is never shown back
      Given Sam wants an upgraded PACER account
      When Sam gives a card at the payment step with <what> as the <field>
      Then Sam is told beside the <field> field "<message>"
      And Sam's card details other than the <field> are kept, except the card number and security code
      And Sam's card number and security code are not shown back
      And none of Sam's entries ran as a script
      And Sam is offered the PACER Service Center's help at 800-676-6856

      Examples: in Chromium and Firefox
        | what                             | technically          | field           | message                                                     |
        | a hidden right-to-left character | U+202E override      | Name on card    | A name cannot contain line breaks or control characters.    |
        | a script                         | script tag           | Card number     | Enter the card number: 13 to 19 digits                      |

      @http
      Examples: at the HTTP level, without a browser
        | what                             | technically          | field           | message                                                     |
        | an emoji                         | ZWJ emoji sequence   | Name on card    | A name needs at least one letter.                           |
        | Arabic-Indic digits              | U+0660-U+0669 digits | Card number     | Enter the card number: 13 to 19 digits                      |
        | a database command               | SQL injection        | Expiration date | Enter the expiration date as MM/YY, as printed on the card. |
        | an emoji                         | ZWJ emoji sequence   | Security code   | Enter the 3- or 4-digit security code printed on the card.  |

  Rule: the account-type check answers a hostile sign-in calmly, and still leads to the account type

    @R04
    Scenario Outline: A login with <what> on the way to the account type is refused with a message, and the account type can still be checked
      Given Kim has a PACER account created on August 12, 2014
      When Kim follows the instructions to determine the account type, signing in with <what> as the login
      Then Kim is told <answer>
      And none of Kim's entries ran as a script
      When Kim signs in on that page with a PACER login
      Then Kim sees the Account Type "Upgraded PACER Account"

      Examples: in Chromium and Firefox
        | what                             | technically     | answer                                                                                             |
        | a hidden right-to-left character | U+202E override | beside the CM/ECF or PACER login field "A login cannot contain line breaks or control characters." |
        | a script                         | script tag      | "Invalid username or password."                                                                    |

      @http
      Examples: at the HTTP level, without a browser
        | what                             | technically     | answer                                                                                             |
        | only spaces                      | whitespace only | beside the CM/ECF or PACER login field "Enter your CM/ECF or PACER login."                         |
        | a database command               | SQL injection   | "Invalid username or password."                                                                    |

  Rule: the activation code is checked beside the field, and activates nothing unless it is the code

    @R14
    Scenario Outline: An activation code with <what> is refused beside the field and activates nothing
      Given Sam registered without a credit card and waits for the activation letter
      When Sam signs in with a PACER login
      And Sam enters <what> as the activation code under Manage My Account
      Then Sam is told beside the Activation code field "<message>"
      And Sam's case search privileges are still not activated
      And none of Sam's entries ran as a script

      Examples: in Chromium and Firefox
        | what                             | technically     | message                                                                 |
        | a script                         | script tag      | An activation code has 12 letters and digits, as printed in the letter. |
        | a hidden right-to-left character | U+202E override | An activation code has 12 letters and digits, as printed in the letter. |

      @http
      Examples: at the HTTP level, without a browser
        | what                             | technically     | message                                                                 |
        | only spaces                      | whitespace only | Enter the activation code from the letter we mailed to you.             |
        | a database command               | SQL injection   | An activation code has 12 letters and digits, as printed in the letter. |

  Rule: linking refuses a CM/ECF login that is not one, and links nothing

    @R17
    Scenario Outline: A CM/ECF login with <what> is refused and links nothing
      Given Avery is an attorney with a CM/ECF filer login
      And Avery's own PACER account is upgraded
      When Avery signs in with the PACER account
      And Avery tries to link with <what> as the CM/ECF login
      Then Avery is told <answer>
      And Avery's PACER account is not linked
      And none of Avery's entries ran as a script

      Examples: in Chromium and Firefox
        | what                             | technically        | answer                                                                                    |
        | a hidden right-to-left character | U+202E override    | beside the CM/ECF login field "A login cannot contain line breaks or control characters." |
        | a script                         | script tag         | "Invalid username or password."                                                           |

      @http
      Examples: at the HTTP level, without a browser
        | what                             | technically        | answer                                                                                    |
        | only spaces                      | whitespace only    | beside the CM/ECF login field "Enter your CM/ECF filer login."                            |
        | a database command               | SQL injection      | "Invalid username or password."                                                           |
        | an emoji                         | ZWJ emoji sequence | "Invalid username or password."                                                           |
