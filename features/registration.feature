@registration
Feature: Registering for an upgraded PACER account
  Steps 1 to 9 of the court's instructions, from www.pacer.gov to the screen that thanks you for
  registering. (pacer-registration-instructions.txt; help: the PACER Service Center, 800-676-6856)

  As in PACER / CM/ECF:
  - the form asks, in order: account information; user name, password, security questions; an optional card; the acknowledgement
  - account information: the User Type, and the User Verification (name, date of birth, e-mail, phone and address)
  - the County appears once a State is chosen; the date of birth stays with the account
  - a commercial account gives a business tax ID
  - a government account stays private until the PACER Service Center verifies it, unless its e-mail is .gov, .mil or .us
  - someone matching an account on two of name, date of birth and e-mail is told one may exist, and may go on
  - a user name has 8 or more characters
  - a password (PACER's rules since August 2025): 14 to 45 characters, lower and upper case, a special character
  - a password contains no part of the name, user name or e-mail
  - without a card, sign-in works but searching does not ("PACER User Not Activated")
  - searching starts once the mailed code is entered under Manage My Account, "Activate Case Search Privileges"

  Our choices:
  - the Government Account box must agree with the User Type, and a government account names its agency
  - OTHER COMMERCIAL ACCOUNT is the one commercial User Type
  - the business tax ID is an Employer Identification Number: 9 digits, written 12-3456789, with a prefix the IRS assigns
  - once a State is chosen, the County must be given
  - a date of birth is in the past, on or after January 1, 1900; a phone number has 10 to 15 digits
  - the page shows the County once a State is chosen, and the business tax ID only for a commercial account
  - a browser that runs no script shows both from the start; a tax ID given for another User Type is not kept
  - Manage My Account shows the County, whether a government account is verified, and the tax ID's last four digits only
  - a user name has 8 to 64 letters, digits and . - _ @
  - the two security questions differ
  - a card is declined when its number fails the checksum or it has expired (it is good through the last day of its month)
  - a card number has 13 to 19 digits, its security code 3 or 4
  - the activation letter arrives on one of business days 7 to 10 (weekends and federal holidays do not count)
  - going back a step keeps every entry but the password, answers and card number, which may be left blank to keep them
  - a later step, or the last screen, opened by its address before the steps ahead of it are done, goes back to the first step not done
  - the password and security answers are secrets: a page that refuses an entry never shows them again, and asks again

  Where each example runs: those "at the HTTP level" send the form as a browser would, without one (a
  browser that runs no script sends the business tax ID whatever the User Type), and read the court's
  answer from the pages it sends back; every other scenario runs in both browsers.

  Rule: a user can follow the written steps to the registration form

    @R05 @R06 @R07 @R08 @R09
    Scenario: A new user follows steps 1 to 5 from the guidance to the registration form
      Given Sam wants an upgraded PACER account
      When Sam goes to www.pacer.gov from the guidance
      And Sam selects Register from the main menu bar, then clicks Start
      And Sam selects "PACER - Case Search Only" from the left panel
      And Sam selects the link "Register for a PACER Account Now"
      Then Sam sees the "PACER – Case Search Only Registration" form

  Rule: step 5 asks for the User Type and the User Verification

    @R11
    Scenario: The User Type list offers exactly the types the page shows, in its groups
      When Sam opens the registration form
      Then the User Type list offers
        | group               | user type                                 |
        |                     | OTHER COMMERCIAL ACCOUNT                  |
        | Government Accounts | FEDERAL GOVERNMENT                        |
        | Government Accounts | FEDERAL JUDICIARY                         |
        | Government Accounts | STATE OR LOCAL GOVERNMENT                 |
        | Individual Accounts | INDIVIDUAL                                |
        | Individual Accounts | STUDENT                                   |
        | Individual Accounts | PLAINTIFF, DEFENDANT, OR DEBTOR IN A CASE |
      And the form asks to check here if the account is for a Government Account
      And the form has a required User Verification section

    @R10
    Scenario: The form tells government workers where to choose their User Type
      When Sam opens the registration form
      Then the User Type carries the note "if you work for the government, please choose an option from Government Accounts"

    @R09 @R10 @R11 @R16
    Scenario Outline: Every User Type on the form can register
      Given Sam wants an upgraded PACER account as <user type>
      When Sam registers with a credit card
      Then Sam is thanked for registering with the PACER Service Center
      And Sam's account has the User Type <user type> and is <kind>

      Examples:
        | user type                                 | kind                     |
        | OTHER COMMERCIAL ACCOUNT                  | not a government account |
        | FEDERAL GOVERNMENT                        | a government account     |
        | FEDERAL JUDICIARY                         | a government account     |
        | STATE OR LOCAL GOVERNMENT                 | a government account     |
        | INDIVIDUAL                                | not a government account |
        | STUDENT                                   | not a government account |
        | PLAINTIFF, DEFENDANT, OR DEBTOR IN A CASE | not a government account |

    @R10 @R11 @R18
    Scenario Outline: The Government Account box must agree with the User Type
      Given Sam wants an upgraded PACER account as <user type>
      When Sam completes the account information <ticking or not> the Government Account box
      Then Sam is told beside the Government Account box "<message>"
      And Sam's account information is still filled in
      And Sam is offered the PACER Service Center's help at 800-676-6856

      Examples:
        | user type         | ticking or not  | message                                                |
        | INDIVIDUAL        | ticking         | INDIVIDUAL is not a Government Account type            |
        | FEDERAL JUDICIARY | without ticking | FEDERAL JUDICIARY is a Government Account type         |

    @R11
    Scenario: The User Type and the User Verification are required
      When Sam opens the registration form
      And Sam goes on without filling anything in
      Then Sam is told beside each field what it needs
        | field          | message                        |
        | User Type      | Choose a User Type.            |
        | First name     | Enter your first name.         |
        | Last name      | Enter your last name.          |
        | Date of birth  | Enter your date of birth.      |
        | E-mail address | Enter your e-mail address.     |
        | Phone number   | Enter your phone number.       |
        | Street address | Enter your street address.     |
        | City           | Enter your city.               |
        | State          | Choose your state.             |
        | ZIP code       | Enter your ZIP code.           |

    @R11
    Scenario: A government account names its agency
      Given Gale wants an upgraded PACER account as FEDERAL GOVERNMENT
      When Gale completes the account information without the agency
      Then Gale is told beside the Government agency field "Enter the government agency you work for."

    @R09 @R11
    Scenario: The County is asked for once a State is chosen
      Given Sam wants an upgraded PACER account
      When Sam opens the registration form
      Then the form does not ask for the County
      When Sam chooses a State
      Then the form asks for the County

    @R11
    Scenario: Once a State is chosen, the County must be given
      Given Sam wants an upgraded PACER account
      When Sam completes the account information without the County
      Then Sam is told beside the County field "Enter your county."
      And Sam's account information other than the County is still filled in

    @R11
    Scenario Outline: The User Verification takes a <field> up to its edges, and not past them
      Given Sam wants an upgraded PACER account
      And Sam's <field> is <entry>
      When Sam completes the account information
      Then Sam <outcome>

      @http
      Examples: at the HTTP level, without a browser
        | field         | entry             | outcome                                                                                     |
        | date of birth | December 31, 1899 | is told beside the Date of birth field "Enter a date of birth on or after January 1, 1900." |
        | date of birth | January 1, 1900   | is at the User Name, Password and Security Questions step                                   |
        | date of birth | yesterday         | is at the User Name, Password and Security Questions step                                   |
        | date of birth | today             | is told beside the Date of birth field "Enter a date of birth in the past."                 |
        | phone number  | 9 digits long     | is told beside the Phone number field "Enter a phone number with its area code"             |
        | phone number  | 10 digits long    | is at the User Name, Password and Security Questions step                                   |
        | phone number  | 15 digits long    | is at the User Name, Password and Security Questions step                                   |
        | phone number  | 16 digits long    | is told beside the Phone number field "Enter a phone number with its area code"             |

    @R11
    Scenario: The business tax ID is asked of a commercial account only
      When Sam opens the registration form
      Then the form does not ask for a business tax ID
      When Sam chooses the User Type OTHER COMMERCIAL ACCOUNT
      Then the form asks for a business tax ID
      When Sam chooses the User Type INDIVIDUAL
      Then the form does not ask for a business tax ID

    @R11
    Scenario Outline: A commercial account must give its business tax ID, an EIN the IRS could have issued
      Given Sam wants an upgraded PACER account as OTHER COMMERCIAL ACCOUNT
      When Sam completes the account information giving <business tax ID>
      Then Sam is told beside the Business tax ID field "<message>"
      And Sam's account information other than the Business tax ID is still filled in

      Examples:
        | business tax ID                                         | message                                                              |
        | no business tax ID                                      | Enter your business tax ID                                           |
        | a business tax ID a digit short                         | Enter the business tax ID as an EIN of 9 digits, such as 12-3456789. |
        | a business tax ID with a prefix the IRS does not assign | That EIN does not begin with a prefix the IRS assigns.               |

    @R09 @R11
    Scenario: The County and the business tax ID stay with the account, and Manage My Account shows them
      Given Sam wants an upgraded PACER account as OTHER COMMERCIAL ACCOUNT
      When Sam registers with a credit card
      And Sam signs in with a PACER login
      And Sam opens Manage My Account
      Then Manage My Account shows Sam's County and the business tax ID ending in its last four digits

    @R09 @R11
    Scenario Outline: A business tax ID sent with a User Type that is not commercial is not kept
      Given Sam wants an upgraded PACER account as <user type>
      And Sam gives a business tax ID all the same
      When Sam registers with a credit card
      And Sam signs in with a PACER login
      And Sam opens Manage My Account
      Then Manage My Account shows no business tax ID

      @http
      Examples: at the HTTP level, as a browser that runs no script sends the field
        | user type                 |
        | INDIVIDUAL                |
        | STATE OR LOCAL GOVERNMENT |

    @R11 @R16
    Scenario Outline: A government account with an e-mail address outside .gov, .mil and .us stays private until the PACER Service Center verifies it
      Given Gale wants an upgraded PACER account as FEDERAL GOVERNMENT
      And Gale's e-mail address is <e-mail address>
      When Gale registers with a credit card
      Then Gale is shown the Government Account as "<government account>"
      And Gale <is told or not> the account stays private until the PACER Service Center verifies it
      When Gale signs in with a PACER login
      And Gale opens Manage My Account
      Then Gale is shown the Government Account as "<government account>"
      And Gale <is told or not> the account stays private until the PACER Service Center verifies it

      Examples:
        | e-mail address               | government account | is told or not |
        | a .gov address               | Yes                | is not told    |
        | a .mil address               | Yes                | is not told    |
        | a .us address                | Yes                | is not told    |
        | a personal gmail.com address | Not yet verified   | is told        |

    @R09
    Scenario Outline: Someone matching an account on two of name, date of birth and e-mail is told one may already exist, and may continue
      Given Pat is a viewer with a PACER login
      When Pat registers again with the same <details>
      Then Pat <is told or not> an account with the same details may already exist
      When Pat chooses a user name, password and security questions
      Then Pat is at the Payment Information step

      Examples:
        | details                                              | is told or not |
        | name, date of birth and e-mail address               | is told        |
        | name and date of birth, under another e-mail address | is told        |
        | name, under another date of birth and e-mail address | is not told    |

  Rule: the steps come in their order: a later one opened by its address goes back to the first step not done

    @R09
    Scenario Outline: The <page> opened by its address goes back to the first step not done, and registers nothing
      Given Sam wants an upgraded PACER account
      When Sam <done so far>
      And Sam opens the <page> by its address
      Then Sam is at the <first step not done> step
      And Sam has no PACER account yet

      Examples:
        | done so far                       | page                         | first step not done                        |
        | opens the registration form       | Payment Information step     | Account Information                        |
        | completes the account information | Policies and Procedures step | User Name, Password and Security Questions |

      @R16
      Examples: the last screen, before registering
        | done so far                       | page                         | first step not done                        |
        | opens the registration form       | thank-you page               | Account Information                        |

  Rule: step 6 sets the user name, password and security questions

    @R12
    Scenario: A user name that is already taken is refused
      Given Pat is a viewer with a PACER login
      And Sam wants an upgraded PACER account
      When Sam completes the account information
      And Sam chooses Pat's user name
      Then Sam is told beside the User name field "That user name is already taken."
      And Sam's security questions are still chosen

    @R12
    Scenario: The password and security answers are secrets: a refused step asks for them again and never shows them
      Given Pat is a viewer with a PACER login
      And Sam wants an upgraded PACER account
      When Sam completes the account information
      And Sam chooses Pat's user name
      Then Sam's password and security answers are not shown back, and are asked for again
      And Sam's security questions are still chosen

    @R12
    Scenario Outline: A user name has at least 8 characters
      Given Sam wants an upgraded PACER account
      When Sam completes the account information
      And Sam chooses the user name "<user name>"
      Then Sam <outcome>

      Examples:
        | user name | outcome                                                                  |
        | sam.ok1   | is told beside the User name field "A user name has 8 to 64 characters." |
        | sam.oka1  | is at the Payment Information step                                       |

    @R12
    Scenario: The password must be typed the same twice
      Given Sam wants an upgraded PACER account
      When Sam completes the account information
      And Sam confirms the password with a different one
      Then Sam is told beside the Confirm password field "The two passwords do not match."

    @R12
    Scenario Outline: A weak password is refused with the rule it breaks
      Given Sam wants an upgraded PACER account
      When Sam completes the account information
      And Sam chooses the password "<password>"
      Then Sam is told beside the Password field "<rule>"

      Examples:
        | password             | rule                                                 |
        | Short-1!             | Your password must be 14 to 45 characters long.      |
        | no-capitals-here-42! | Your password needs at least one upper-case letter.  |
        | NO-LOWER-CASE-42!    | Your password needs at least one lower-case letter.  |
        | NoSpecialCharacter42 | Your password needs at least one special character   |

    @R12
    Scenario Outline: A password has 14 to 45 characters
      Given Sam wants an upgraded PACER account
      When Sam completes the account information
      And Sam chooses the password "<password>"
      Then Sam <outcome>

      Examples:
        | characters | password                                       | outcome                                                                              |
        | 13         | Ah!Bj#Ck$Dm*E                                  | is told beside the Password field "Your password must be 14 to 45 characters long." |
        | 14         | Ah!Bj#Ck$Dm*En                                 | is at the Payment Information step                                                   |
        | 45         | Ah!Bj#Ck$Dm*En+Fp-Gq=Hr?Js@Kt^Mu_Nv~Pw!Qx#Ry$  | is at the Payment Information step                                                   |
        | 46         | Ah!Bj#Ck$Dm*En+Fp-Gq=Hr?Js@Kt^Mu_Nv~Pw!Qx#Ry$S | is told beside the Password field "Your password must be 14 to 45 characters long." |

    @R12
    Scenario: A password with the person's own user name in it is refused
      Given Sam wants an upgraded PACER account
      When Sam completes the account information
      And Sam chooses a password containing their user name
      Then Sam is told beside the Password field "Your password must not contain your name, user name or e-mail address."

    @R12
    Scenario: The two security questions must be different
      Given Sam wants an upgraded PACER account
      When Sam completes the account information
      And Sam chooses the same security question twice
      Then Sam is told beside the Security question 2 field "Choose a different question from the one above."

    @R09 @R12
    Scenario: Going back a step keeps what was entered
      Given Sam wants an upgraded PACER account
      When Sam completes the account information
      And Sam fills in a user name, password and security questions, then goes back a step
      Then Sam's account information is still filled in
      When Sam goes on to the next step
      Then Sam's user name and security questions are still filled in
      When Sam goes on without typing the password and answers again
      Then Sam is at the Payment Information step

  Rule: step 7: a card gives instant access; without one the activation code comes by U.S. mail

    @R13 @R16
    Scenario: Registering with a credit card gives instant access and charges no registration fee
      Given Sam wants an upgraded PACER account
      When Sam registers with a credit card
      Then Sam is thanked for registering with the PACER Service Center
      And Sam is told there is no registration fee and fees are charged quarterly to the card
      And no registration fee is charged to Sam
      When Sam signs in with a PACER login
      Then Sam can open the case search

    @R13 @R18
    Scenario Outline: A card the processor declines is refused, and the user may go on without one
      Given Sam wants an upgraded PACER account
      When Sam reaches the payment step and enters <card>
      Then Sam is told beside the <field> field "The card was declined"
      And Sam's name on the card is still filled in
      And Sam is offered the PACER Service Center's help at 800-676-6856

      Examples:
        | card                                  | field           |
        | a card number that fails the checksum | Card number     |
        | an expired card                       | Expiration date |

    @R13
    Scenario Outline: A card is good through the last day of the month printed on it, and declined the day after
      Given Sam wants an upgraded PACER account
      And it is <day> the month printed on Sam's card
      When Sam reaches the payment step and enters their card
      Then Sam <outcome>

      Examples:
        | day                 | outcome                                                          |
        | the last day of     | is at the Policies and Procedures step                           |
        | the first day after | is told beside the Expiration date field "The card was declined" |

    @R13
    Scenario Outline: A card number has 13 to 19 digits, its security code 3 or 4
      Given Sam wants an upgraded PACER account
      When Sam reaches the payment step and enters <card>
      Then Sam <outcome>

      @http
      Examples: at the HTTP level, without a browser
        | card                        | outcome                                                                                  |
        | a card number of 12 digits  | is told beside the Card number field "Enter the card number: 13 to 19 digits"            |
        | a card number of 13 digits  | is at the Policies and Procedures step                                                   |
        | a card number of 19 digits  | is at the Policies and Procedures step                                                   |
        | a card number of 20 digits  | is told beside the Card number field "Enter the card number: 13 to 19 digits"            |
        | a security code of 2 digits | is told beside the Security code field "Enter the 3- or 4-digit security code"           |
        | a security code of 3 digits | is at the Policies and Procedures step                                                   |
        | a security code of 4 digits | is at the Policies and Procedures step                                                   |
        | a security code of 5 digits | is told beside the Security code field "Enter the 3- or 4-digit security code"           |

    @R14 @R16 @R18
    Scenario: Without a card, the account is activated by the code that comes by U.S. mail
      Given Sam wants an upgraded PACER account
      When Sam registers without a credit card
      Then Sam is thanked for registering with the PACER Service Center
      And Sam is told the activation code will come by U.S. mail in 7-10 business days
      When Sam signs in with a PACER login
      Then Sam is told "PACER User Not Activated"
      When 6 business days pass
      Then no activation letter has arrived for Sam
      When 4 more business days pass
      Then Sam has received the activation letter
      When Sam enters the activation code from the letter under Manage My Account
      Then Sam is notified "Case search privileges are activated."
      And Sam can open the case search

    @R14
    Scenario: Only the code printed in the letter activates case search
      Given Sam wants an upgraded PACER account
      When Sam registers without a credit card
      And 10 business days pass
      Then Sam has received the activation letter
      When Sam signs in with a PACER login
      And Sam enters the code from the letter with one character mistyped under Manage My Account
      Then Sam is told beside the Activation code field "That activation code is not right. Check it against the letter and try again."
      And Sam's case search privileges are still not activated

  Rule: step 8: the policies and procedures must be acknowledged

    @R15
    Scenario: Registration waits until the policies and procedures are acknowledged
      Given Sam wants an upgraded PACER account
      When Sam reaches the policies and procedures
      Then Sam reads the policies and procedures above the acknowledgement: Access fees, Billing, Free access, Your account, Privacy, Help
      When Sam submits them without ticking the acknowledgement
      Then Sam is told beside the acknowledgement "Tick the box to acknowledge"
      And Sam has no PACER account yet
      When Sam ticks the acknowledgement and submits
      Then Sam is thanked for registering with the PACER Service Center

    @R15
    Scenario: The policies and procedures can be downloaded in a printable version
      Given Sam wants an upgraded PACER account
      When Sam reaches the policies and procedures
      And Sam downloads the printable version of the policies and procedures
      Then Sam has the file "PACER-Policies-and-Procedures.txt" with the policies and procedures

  Rule: step 9 thanks the user and says what comes next

    @R16 @R17
    Scenario: The last screen thanks the user and shows the new account
      Given Sam wants an upgraded PACER account
      When Sam registers with a credit card
      Then Sam is thanked for registering with the PACER Service Center
      And Sam is shown the user name and the Account Type "Upgraded PACER Account"
      And Sam is pointed to linking the account with a CM/ECF account to file with the court

  Rule: help is a phone call away

    @R18
    Scenario: The guidance gives the PACER Service Center's number for help with registering
      When a visitor reads the registration guidance
      Then the guidance's help reads "For assistance with creating a PACER account, please contact the PACER Service Center at 800-676-6856."
