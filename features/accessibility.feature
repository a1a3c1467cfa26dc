@a11y
Feature: Every page can be used with assistive technology and with the keyboard alone
  Every page the court's site can show is audited with axe-core, in each state a person meets it, and
  the main journeys are completed with the keyboard alone. An audit checks how a page is built, not
  what the court's pages promise: it verifies no passage, and the report lists the audits apart.

  As the law requires:
  - a federal court's web pages meet Section 508, which incorporates WCAG 2.1 level AA

  Our choices:
  - every page is audited against WCAG 2.1 A and AA, also with the messages a refused form shows
  - any violation fails the audit, whatever its impact
  - what axe-core cannot decide by itself is listed in the report for a person to review
  - the report lists the audits page by page and browser by browser

  Rule: every page, in every state a person meets it, meets WCAG 2.1 A and AA whatever the impact of a failure
    The tour of the site meets its pages with six people and one case on file: Avery, an attorney of record
    in case 1:24-cv-00031, Acme Imports, Inc. v. United States, who was sent a Notice of Electronic Filing
    for its restricted document 2; Dana, an attorney who is not of record and whose CM/ECF filer login is
    not linked to a PACER account, so may not file; Pat, who views documents with a PACER account and
    forgets the password; Lee, whose PACER account is a legacy account never upgraded; Kim, who registered
    without a card and waits for the activation letter; and Sam, who has no account yet and registers.
    The tour goes through the site part by part. Each page is reached afresh, signed out, the way a person
    reaches it in the state named, and audited there; its heading, and the message it shows, say it is the
    page meant. A page that is not as listed or fails its audit fails the tour of its part, which still goes
    on to the next page, so that one run shows every page's result.

    Background:
      Given case 1:24-cv-00031 "Acme Imports, Inc. v. United States" is on file
      And Avery is an attorney with a CM/ECF filer login
      And Avery is an attorney of record in case 1:24-cv-00031
      And document 1 "Complaint" of 12 pages is filed in case 1:24-cv-00031
      And document 2 "Confidential record" of 4 pages is filed in case 1:24-cv-00031, restricted to attorneys of record
      And an NEF for document 2 in case 1:24-cv-00031 was sent to Avery
      And Avery's CM/ECF filer login is linked to Avery's upgraded PACER account
      And Dana is an attorney with a CM/ECF filer login
      And Pat is a viewer with a PACER login and two security questions on file
      And Lee has a legacy PACER account created before August 11, 2014
      And Kim registered without a credit card and waits for the activation letter
      And Sam wants an upgraded PACER account

    @sign-in
    Scenario: Signing in and the court's information meet WCAG 2.1 A and AA, page by page
      When a person goes through these pages, each audited as it is reached:
        | page                                            | heading                                                                   | it says                                                           | beside the field                                            |
        | the sign-in page                                | CM/ECF Filer or PACER Login                                               |                                                                   |                                                             |
        | the sign-in page refusing a client code         | CM/ECF Filer or PACER Login                                               |                                                                   | Client code: A client code cannot contain spaces or commas. |
        | the copy of the amendments                      | Amendments to the Rules of the United States Court of International Trade |                                                                   |                                                             |
        | the information about CM/ECF                    | About CM/ECF                                                              |                                                                   |                                                             |
        | the lost-password page                          | Forgot Password                                                           |                                                                   |                                                             |
        | the lost-password page showing what was missing | Forgot Password                                                           |                                                                   | CM/ECF or PACER login: Enter your login.                    |
        | the forgot-username page                        | Forgot Username                                                           |                                                                   |                                                             |
        | the confirmation that the user name was sent    | Check your e-mail                                                         | If an account has this e-mail address, we have sent its user name |                                                             |
        | the page at a mistyped address                  | Page not found                                                            |                                                                   |                                                             |
      Then each page is headed, and says, as listed, and none has a WCAG 2.1 A or AA violation of any impact

    @sign-in
    Scenario: A lost password's pages meet WCAG 2.1 A and AA, page by page
      When a person goes through these pages, each audited as it is reached:
        | page                                                 | heading                   | it says                                                        | beside the field                                    |
        | Pat's security questions                             | Security Questions        |                                                                |                                                     |
        | the confirmation that a reset link was sent          | Check your e-mail         | We have sent a link to reset your password                     |                                                     |
        | Pat's page to choose a new password                  | Choose a new password     |                                                                |                                                     |
        | Pat's page to choose a new password, refusing a typo | Choose a new password     |                                                                | New password again: The two passwords do not match. |
        | the confirmation that the password changed           | Password changed          | Your password has been changed.                                |                                                     |
        | the lost-password page after Pat's wrong answers     | Forgot Password           | The details you entered do not match our records.              |                                                     |
        | the simulated mailbox                                | Simulated mailbox         |                                                                |                                                     |
        | Pat's reset link after it has expired                | This link no longer works | This password reset link has expired or has already been used. |                                                     |
      Then each page is headed, and says, as listed, and none has a WCAG 2.1 A or AA violation of any impact

    @documents
    Scenario: The pages after signing in meet WCAG 2.1 A and AA, page by page
      When a person goes through these pages, each audited as it is reached:
        | page                                                     | heading                                                      | it says                                                                           | beside the field                              |
        | Avery's main menu                                        | CM/ECF main menu                                             |                                                                                   |                                               |
        | Pat's main menu                                          | CM/ECF main menu                                             |                                                                                   |                                               |
        | Dana's main menu                                         | CM/ECF main menu                                             |                                                                                   |                                               |
        | the filing form                                          | File a document                                              |                                                                                   |                                               |
        | the filing page refusing Dana, whose login is not linked | Filing needs a linked PACER account                          | filing with the Court of International Trade needs your CM/ECF filer login linked |                                               |
        | the confirmation of a filing                             | Document filed                                               | was filed in case 1:24-cv-00031                                                   |                                               |
        | Pat's case search                                        | Search for a case                                            |                                                                                   |                                               |
        | Pat's search for case 1:24-cv-00031                      | Docket for 1:24-cv-00031 Acme Imports, Inc. v. United States |                                                                                   |                                               |
        | Pat's search for a case not on file                      | Search for a case                                            |                                                                                   | Case number: No case 1:24-cv-09999 was found. |
        | Pat's receipt for document 1                             | Document 1 in case 1:24-cv-00031                             |                                                                                   |                                               |
        | document 1 as Pat views it                               | Acme Imports, Inc. v. United States                          |                                                                                   |                                               |
        | Pat's billing history                                    | Billing history                                              |                                                                                   |                                               |
        | Dana's refusal of document 2                             | Document 2 in case 1:24-cv-00031                             | You do not have permission to view this document                                  |                                               |
        | Kim's search for a case                                  | PACER User Not Activated                                     | Your PACER account is not activated yet                                           |                                               |
        | Lee's search for a case                                  | Upgrade your PACER account                                   | An upgraded PACER account is needed to view documents                             |                                               |
      Then each page is headed, and says, as listed, and none has a WCAG 2.1 A or AA violation of any impact

    @registration
    Scenario: The way to the registration form, and registering without a card, meet WCAG 2.1 A and AA, page by page
      When a person goes through these pages, each audited as it is reached:
        | page                                                                      | heading                                                                                             | it says                                        | beside the field                                                                         |
        | the registration guidance                                                 | New PACER Users, New Attorneys & Attorneys with Shared PACER Accounts: Register for a PACER Account |                                                |                                                                                          |
        | the instructions to determine the account type                            | Determine your PACER account type                                                                   |                                                |                                                                                          |
        | PACER's home page                                                         | PACER: Public Access to Court Electronic Records                                                    |                                                |                                                                                          |
        | the Register page                                                         | Register for an Account                                                                             |                                                |                                                                                          |
        | the registration types                                                    | Choose a registration type                                                                          |                                                |                                                                                          |
        | the PACER - Case Search Only registration type                            | PACER - Case Search Only                                                                            |                                                |                                                                                          |
        | the account information step                                              | Account Information                                                                                 |                                                |                                                                                          |
        | the account information step showing what was missing                     | Account Information                                                                                 |                                                | First name: Enter your first name.                                                       |
        | the account information step with a Government Account box that disagrees | Account Information                                                                                 |                                                | Check here if this account is for a Government Account: is not a Government Account type |
        | the thank-you page after registering without a card                       | Thank you for registering with the PACER Service Center                                             | Your activation code will be sent by U.S. mail |                                                                                          |
      Then each page is headed, and says, as listed, and none has a WCAG 2.1 A or AA violation of any impact

    @registration
    Scenario: The registration wizard's later steps, and registering with a card, meet WCAG 2.1 A and AA, page by page
      When a person goes through these pages, each audited as it is reached:
        | page                                                           | heading                                                 | it says                                  | beside the field                                                                                                              |
        | the user name and password step                                | User Name, Password and Security Questions              |                                          |                                                                                                                               |
        | the user name and password step refusing a short password      | User Name, Password and Security Questions              |                                          | Password: Your password must be 14 to 45 characters long.                                                                     |
        | the user name and password step saying Pat may have an account | User Name, Password and Security Questions              | An account with some of the same details |                                                                                                                               |
        | the payment step                                               | Payment Information                                     |                                          |                                                                                                                               |
        | the payment step showing a declined card                       | Payment Information                                     |                                          | Card number: The card was declined                                                                                            |
        | the policies and procedures step                               | Policies and Procedures                                 |                                          |                                                                                                                               |
        | the policies and procedures step showing what was missing      | Policies and Procedures                                 |                                          | Check here to acknowledge you have read and understand the policies and procedures listed above.: Tick the box to acknowledge |
        | the thank-you page after registering with a card               | Thank you for registering with the PACER Service Center | Your account is active                   |                                                                                                                               |
      Then each page is headed, and says, as listed, and none has a WCAG 2.1 A or AA violation of any impact

    @registration
    Scenario: Manage My Account, upgrading and linking meet WCAG 2.1 A and AA, page by page
      When a person goes through these pages, each audited as it is reached:
        | page                                                        | heading                                   | it says                                              | beside the field                                                                                                              |
        | Pat's Manage My Account                                     | Manage My Account                         |                                                      |                                                                                                                               |
        | Kim's Manage My Account                                     | Activate Case Search Privileges           |                                                      |                                                                                                                               |
        | Kim's Manage My Account refusing a mistyped activation code | Activate Case Search Privileges           |                                                      | Activation code: An activation code has 12 letters and digits                                                                 |
        | Lee's Manage My Account                                     | Manage My Account                         | Your account is a legacy PACER account               |                                                                                                                               |
        | Lee's upgrade page                                          | Upgrade your PACER account                |                                                      |                                                                                                                               |
        | Lee's upgrade page showing what was missing                 | Upgrade your PACER account                |                                                      | Check here to acknowledge you have read and understand the policies and procedures listed above.: Tick the box to acknowledge |
        | Pat's linking page                                          | Link a CM/ECF account to my PACER account |                                                      |                                                                                                                               |
        | Pat's linking page refusing a wrong password                | Link a CM/ECF account to my PACER account | Invalid username or password.                        |                                                                                                                               |
        | the confirmation of the link to Dana's login                | Confirm the link                          |                                                      |                                                                                                                               |
        | Lee's linking page, refused                                 | Link a CM/ECF account to my PACER account | Only an upgraded PACER account can be linked         |                                                                                                                               |
        | Avery's Manage My Account, asking for a PACER account       | Sign in with your PACER account           | Manage My Account and linking are for PACER accounts |                                                                                                                               |
      Then each page is headed, and says, as listed, and none has a WCAG 2.1 A or AA violation of any impact

  Rule: the sign-in journey works with the keyboard alone

    @L03 @L16
    Scenario: A filer signs in and out using only the keyboard
      Given Avery is an attorney with a CM/ECF filer login
      When Avery signs in as a filer using only the keyboard
      Then Avery reaches the main menu and can sign out using only the keyboard

    @L01
    Scenario: A keyboard user can skip the site navigation
      When a keyboard user presses Tab once on the sign-in page
      Then the first thing focused is a link to skip to the main content

  Rule: the registration journey works with the keyboard alone

    @registration @R09 @R12 @R14 @R15 @R16
    Scenario: A person registers without a card using only the keyboard
      Given Sam wants an upgraded PACER account
      When Sam fills in the account information using only the keyboard
      And Sam chooses a user name, password and security questions using only the keyboard
      And Sam goes past the payment step without a card using only the keyboard
      And Sam acknowledges the policies and procedures and submits using only the keyboard
      Then Sam is thanked for registering with the PACER Service Center
      And Sam is told the activation code will come by U.S. mail in 7-10 business days

    @registration @R10 @R11 @R16
    Scenario: A government worker registers using only the keyboard, ticking the Government Account box
      Given Gale wants an upgraded PACER account as FEDERAL JUDICIARY
      When Gale fills in the account information using only the keyboard
      And Gale chooses a user name, password and security questions using only the keyboard
      And Gale goes past the payment step without a card using only the keyboard
      And Gale acknowledges the policies and procedures and submits using only the keyboard
      Then Gale is thanked for registering with the PACER Service Center
      And Gale's account has the User Type FEDERAL JUDICIARY and is a government account

    @registration @R17
    Scenario: An attorney links the PACER account to the CM/ECF account using only the keyboard
      Given Avery is an attorney with a CM/ECF filer login
      And Avery's own PACER account is upgraded
      When Avery signs in with the PACER account
      And Avery links the CM/ECF filer login to the PACER account using only the keyboard
      Then Avery's PACER account is linked to the CM/ECF filer login
