@sign-in
Feature: Signing in to CM/ECF or PACER
  One sign-in page serves the court's filers, who sign in with a CM/ECF filer login, and everyone else,
  who views filed documents and case information with a PACER login. All attempts are logged.
  (cmecf-login-page.txt)

  As in PACER / CM/ECF:
  - the form has a login, a password, a client code, the redaction acknowledgement, Login and Reset
  - a failed sign-in says "Invalid username or password.", never which part was wrong
  - more than five wrong passwords lock the login for 5 minutes; each attempt while it is locked adds time
  - a filer account must tick the redaction acknowledgement; a PACER login need not
  - a client code has up to 32 characters, without spaces or commas
  - since NextGen CM/ECF (March 16, 2020), filing needs the filer login linked to an upgraded PACER account
  - an account unused for more than two years is deactivated (PACER)

  Our choices:
  - an unlinked CM/ECF filer login still signs in and takes its NEFs' free looks; its menu says filing needs the link
  - an unlinked CM/ECF filer login that opens the filing page by its address is refused there too
  - once linked, the attorney files signed in with either login
  - every CM/ECF filer login asks for the redaction acknowledgement, linked or not, and so does a PACER login linked to one
  - an account is unused from its last successful sign-in, or from its creation if it never signed in
  - its two years end at the same time of day two years on; from February 29, on March 1
  - a deactivated account is told so only after the right password, and is sent to the PACER Service Center
  - each attempt while a login is locked adds 5 minutes, and the lock message says so
  - wrong passwords count from the last successful sign-in or password reset, and from the end of a lock
  - a login nobody has is answered, counted and locked exactly as a real one: nobody can find out which logins exist
  - a client code that is too long is refused beside the field, never cut short into another client's code
  - missing entries are named beside their fields

  Rule: the page says whose it is and that it is restricted

    @L01
    Scenario: The sign-in page is the court's CM/ECF Filer or PACER Login
      When a visitor opens the CM/ECF sign-in page
      Then the page is titled "CM/ECF Filer or PACER Login"
      And the page names the United States Court of International Trade

    @L02
    Scenario: The page warns that the site is restricted and that access is logged
      When a visitor opens the CM/ECF sign-in page
      Then the visitor is warned "This is a Restricted Web Site for Official Court Business only."
      And the visitor is warned "Unauthorized entry is prohibited and subject to prosecution under Title 18 of the U.S. Code."
      And the visitor is warned "All activities and access attempts are logged."

    @L02
    Scenario: Every sign-in attempt is logged, whether it fails or succeeds
      Given Avery is an attorney with a CM/ECF filer login
      When Avery signs in with a wrong password
      And Avery signs in as a filer
      Then the access log shows for Avery a failed sign-in, then a successful sign-in

  Rule: the form asks for the login, password and client code, and has Login and Reset buttons

    @L03 @L08 @L14
    Scenario: The Reset button empties what was typed into the form
      Given a visitor is on the CM/ECF sign-in page
      When the visitor types a login, a password and client code "ACME-0042" and ticks the redaction acknowledgement
      And the visitor presses Reset
      Then the sign-in form is empty again, ready for Login

  Rule: since March 16, 2020, filing needs a CM/ECF filer login linked to an upgraded PACER account

    @L03 @L16 @R17
    Scenario: A CM/ECF filer login linked to an upgraded PACER account may file
      Given Avery is an attorney with a CM/ECF filer login
      And Avery's CM/ECF filer login is linked to Avery's upgraded PACER account
      When Avery signs in as a filer
      Then Avery sees the CM/ECF main menu
      And Avery is offered the filing menu

    @L03 @R17
    Scenario: A CM/ECF filer login that is not linked signs in but may not file
      Given Avery is an attorney with a CM/ECF filer login
      When Avery signs in as a filer
      Then Avery sees the CM/ECF main menu
      But Avery is not offered the filing menu
      And Avery is told under Filing that filing needs the CM/ECF filer login linked to an upgraded PACER account

    @L03 @R17
    Scenario: A CM/ECF filer login that is not linked, opening the filing page by its address, may not file
      Given Avery is an attorney with a CM/ECF filer login
      When Avery signs in as a filer
      And Avery opens the filing page by its address
      Then Avery is told "Since March 16, 2020, filing with the Court of International Trade needs your CM/ECF filer login linked to an upgraded PACER account."

    @L03 @L16 @R17
    Scenario: Signed in with the linked PACER account, the attorney files too, after ticking the acknowledgement
      Given Avery is an attorney with a CM/ECF filer login
      And Avery's CM/ECF filer login is linked to Avery's upgraded PACER account
      When Avery signs in with the linked PACER account without ticking the redaction acknowledgement
      Then Avery is told beside the redaction acknowledgement "All filers must redact"
      When Avery signs in with the linked PACER account as a filer
      Then Avery is offered the filing menu

    @L03 @L04 @R17
    Scenario: Filing a document sends every attorney of record a Notice of Electronic Filing
      Given Avery is an attorney with a CM/ECF filer login
      And Avery's CM/ECF filer login is linked to Avery's upgraded PACER account
      And Dana is an attorney with a CM/ECF filer login
      And Avery is an attorney of record in case 1:24-cv-00031
      And Dana is an attorney of record in case 1:24-cv-00031
      When Avery signs in as a filer
      And Avery files "Reply brief in support of the motion" of 9 pages in case 1:24-cv-00031
      Then Avery is told the document was filed and 2 attorneys of record were notified
      And Dana receives a Notice of Electronic Filing for "Reply brief in support of the motion" with a free-look link

    @L16
    Scenario: A filer who has not ticked the redaction acknowledgement is stopped
      Given Avery is an attorney with a CM/ECF filer login
      When Avery signs in with client code "ACME-0042" without ticking the redaction acknowledgement
      Then Avery is told beside the redaction acknowledgement "All filers must redact"
      And Avery's login and client code "ACME-0042" are still filled in, but not the password
      And the access log shows for Avery a refused sign-in

  Rule: viewers sign in with a PACER login and need no filing rights

    @L08
    Scenario: A PACER login views case information but cannot file
      Given Pat is a viewer with a PACER login
      When Pat signs in with a PACER login
      Then Pat sees the CM/ECF main menu
      And Pat can search for cases
      But Pat is not offered the filing menu

    @L08 @L16
    Scenario: A PACER login needs no redaction acknowledgement
      Given Pat is a viewer with a PACER login
      When Pat signs in with a PACER login
      Then Pat sees the CM/ECF main menu

  Rule: an account unused for more than two years is deactivated

    @L03 @L08 @L18
    Scenario Outline: An account unused for <time> <result>
      Given Pat is a viewer with a PACER login
      When <time> pass
      And Pat signs in with a PACER login
      Then <outcome>

      Examples:
        | time               | result            | outcome                                                                                          |
        | 2 years less a day | still signs in    | Pat sees the CM/ECF main menu                                                                    |
        | 2 years and a day  | is deactivated    | Pat is told the account was deactivated and to contact the PACER Service Center at (800) 676-6856 |

    @L03 @L08
    Scenario: Each sign-in starts the two years again
      Given Pat is a viewer with a PACER login
      When 1 year passes
      And Pat signs in with a PACER login
      And Pat signs out
      And 2 years less a day pass
      And Pat signs in with a PACER login
      Then Pat sees the CM/ECF main menu

    @L02 @L08
    Scenario: Only the right password learns that an account was deactivated
      Given Pat is a viewer with a PACER login
      When 2 years and a day pass
      And Pat signs in with a wrong password
      Then they are told "Invalid username or password."
      When Pat signs in with a PACER login
      Then Pat is told the account was deactivated and to contact the PACER Service Center at (800) 676-6856
      And the access log shows for Pat a failed sign-in, then a refused sign-in

    @L08 @L18
    Scenario Outline: The two years of an account last used on February 29 end on March 1
      Given it is noon on February 29, 2024
      And Lee is a viewer with a PACER login
      When it is <moment>
      And Lee signs in with a PACER login
      Then <outcome>

      Examples:
        | moment                       | outcome                                                                                          |
        | 11 p.m. on February 28, 2026 | Lee sees the CM/ECF main menu                                                                    |
        | 1 p.m. on March 1, 2026      | Lee is told the account was deactivated and to contact the PACER Service Center at (800) 676-6856 |

  Rule: a failed sign-in does not say which part was wrong

    @L03 @L08
    Scenario Outline: A sign-in with wrong credentials gets one generic message
      Given Avery is an attorney with a CM/ECF filer login
      When someone signs in with <login> and <password>
      Then they are told "Invalid username or password."
      And the sign-in page still shows the login they typed

      Examples:
        | login            | password           |
        | Avery's login    | a wrong password   |
        | an unknown login | Avery's password   |
        | an unknown login | a wrong password   |

    Scenario Outline: Missing entries are named beside their fields
      Given a visitor is on the CM/ECF sign-in page
      When the visitor signs in leaving the <field> field empty
      Then the visitor is told beside the <field> field "<message>"

      Examples:
        | field                 | message                              |
        | CM/ECF or PACER login | Enter your CM/ECF or PACER login.    |
        | Password              | Enter your password.                 |

  Rule: more than five wrong passwords in a row lock the login, known or not

    @L02 @security
    Scenario: Five wrong passwords in a row do not lock the login
      Given Avery is an attorney with a CM/ECF filer login
      When Avery signs in with a wrong password 5 times
      And Avery signs in as a filer
      Then Avery sees the CM/ECF main menu

    @L02 @security
    Scenario: The sixth wrong password in a row locks the login for 5 minutes
      Given Avery is an attorney with a CM/ECF filer login
      When Avery signs in with a wrong password 6 times
      Then Avery is told the login is locked for 5 more minutes
      And Avery is told "Each attempt while it is locked adds 5 minutes."
      When 5 minutes pass
      And Avery signs in as a filer
      Then Avery sees the CM/ECF main menu

    @L02 @security
    Scenario: Each attempt while the login is locked adds 5 minutes
      Given Avery is an attorney with a CM/ECF filer login
      When Avery signs in with a wrong password 6 times
      And 4 minutes pass
      And Avery signs in as a filer
      Then Avery is told the login is locked for 6 more minutes
      When 5 minutes pass
      And Avery signs in as a filer
      Then Avery is told "Too many failed sign-in attempts."

    @L02 @security
    Scenario: A successful sign-in starts the count of wrong passwords again
      Given Avery is an attorney with a CM/ECF filer login
      When Avery signs in with a wrong password 5 times
      And Avery signs in as a filer
      And Avery signs out
      And Avery signs in with a wrong password
      Then they are told "Invalid username or password."

    @L02 @security
    Scenario: Once a lock ends, the count of wrong passwords starts again
      Given Avery is an attorney with a CM/ECF filer login
      When Avery signs in with a wrong password 6 times
      And 5 minutes pass
      And Avery signs in with a wrong password
      Then they are told "Invalid username or password."

    @L02 @security
    Scenario Outline: A login nobody has is answered and locked exactly as a real one
      Given Avery is an attorney with a CM/ECF filer login
      When someone signs in with <login> and a wrong password 5 times
      Then they are told "Invalid username or password."
      When someone signs in with <login> and a wrong password
      Then they are told the login is locked for 5 more minutes

      Examples:
        | login            |
        | Avery's login    |
        | an unknown login |

  Rule: a client code of up to 32 characters, without spaces or commas, is kept with the sign-in

    @L14
    Scenario: The sign-in form offers an optional client code of up to 32 characters
      When a visitor opens the CM/ECF sign-in page
      Then the sign-in form has an optional client code field of up to 32 characters

    @L14
    Scenario: A client code of 32 characters is accepted
      Given Pat is a viewer with a PACER login
      When Pat signs in with a PACER login and client code "ACME-0042-LITIGATION-2026-ABCDEF"
      Then Pat sees the CM/ECF main menu

    @L14
    Scenario Outline: A client code with spaces, commas or too many characters is refused
      Given Pat is a viewer with a PACER login
      When Pat signs in with a PACER login and client code "<client code>"
      Then Pat is told beside the Client code field "<message>"
      And Pat's login and client code "<client code>" are still filled in, but not the password

      Examples:
        | client code                       | message                                        |
        | ACME 0042                         | A client code cannot contain spaces or commas. |
        | ACME,0042                         | A client code cannot contain spaces or commas. |
        | ACME-0042-LITIGATION-2026-ABCDEFG | A client code has at most 32 characters.       |

  Rule: the page tells filers what they must redact

    @L15
    Scenario: The notice of redaction responsibility lists what filers must redact
      When a visitor opens the CM/ECF sign-in page
      Then the notice of redaction responsibility requires filers to redact
        | what                                          |
        | Social Security or taxpayer-identification numbers |
        | dates of birth                                |
        | names of minor children                       |
        | financial account numbers                     |
      And the notice cites "USCIT R. 5.2" and applies to "all documents, including attachments"

  Rule: the page points people who have no PACER login to registration

    @L09
    Scenario: The page links people without a PACER login to registration
      When a visitor opens the CM/ECF sign-in page
      And the visitor follows the link to register online
      Then the visitor is on the page for registering a PACER account

  Rule: the page carries the notice of amendments to the rules

    @L10
    Scenario: The notice gives the dates of approval and when the amendments take effect
      When a visitor opens the CM/ECF sign-in page
      Then the notice says the amendments were approved on September 19, 2017 and March 20, 2018
      And the notice says they take effect on April 23, 2018

    @L10
    Scenario: The notice lists the sixteen amended rules
      When a visitor opens the CM/ECF sign-in page
      Then the notice lists the amended rules in order
        | rule |
        | 1    |
        | 4    |
        | 5    |
        | 6    |
        | 7    |
        | 16   |
        | 26   |
        | 30   |
        | 31   |
        | 33   |
        | 34   |
        | 37   |
        | 55   |
        | 56.1 |
        | 56.2 |
        | 73.1 |
      And rule 73.1 mentions "Administrative Order 02-01"

    @L11
    Scenario: The notice mentions the technical amendments
      When a visitor opens the CM/ECF sign-in page
      Then the section "Notice of Amendments to the Rules" says "Technical amendments were also made to Form 21 and the listing of Judges of the Court."

    @L12
    Scenario: The notice links to a copy of the amendments on the court's website
      When a visitor opens the CM/ECF sign-in page
      And the visitor follows the link to the copy of the amendments
      Then the visitor sees the amendments to the Rules of the Court, effective April 23, 2018

  Rule: the page says what access costs and where to get help

    @L17
    Scenario: The page states the access fee
      When a visitor opens the CM/ECF sign-in page
      Then the section "Access fees and more information" says "An access fee of $0.10 per page or $2.40 per document with an audio attachment, as approved by the Judicial Conference of the United States, will be assessed for access to this service."

    @L18
    Scenario: The page gives the PACER Service Center's number and more information about CM/ECF
      When a visitor opens the CM/ECF sign-in page
      Then the section "Access fees and more information" says "or contact the PACER Service Center at (800) 676-6856."
      When the visitor follows the link for more information about CM/ECF
      Then the page about CM/ECF says "For more information contact the PACER Service Center at (800) 676-6856."

    @L19
    Scenario: The page says which browsers CM/ECF has been tested with
      When a visitor opens the CM/ECF sign-in page
      Then the section "Access fees and more information" says "CM/ECF has been tested with Firefox and Chromium."
