@registration
Feature: Linking an upgraded PACER account to a CM/ECF account
  Step 10 of the court's instructions, for attorneys who file: "please follow the instructions for
  linking your upgraded PACER account with your CM/ECF account." (pacer-registration-instructions.txt)

  As in PACER / CM/ECF:
  - signed in with the upgraded PACER account, the filer opens Utilities, "Link a CM/ECF account to my PACER account"
  - the filer enters the CM/ECF login and password, confirms the details and submits
  - since NextGen CM/ECF (March 16, 2020), filing needs a linked, upgraded PACER account
  - a legacy PACER account is refused until it is upgraded

  Our choices:
  - Utilities are listed under Manage My Account
  - one PACER account links one CM/ECF account, and the other way round
  - once linked, the PACER account files too, and at sign-in ticks the redaction acknowledgement as every filer does
  - a wrong CM/ECF password gets the sign-in page's generic message and counts towards the same lock-out
  - the confirmation is reached only by entering the CM/ECF login and password first: opened any other way, it sends the person back to the first step, and nothing is linked
  - signed in with the CM/ECF filer login, Manage My Account and its link utility ask for the PACER account instead

  Background:
    Given Avery is an attorney with a CM/ECF filer login

  @R17 @R03
  Scenario: An attorney links an upgraded PACER account, then files and views with it
    Given Avery's own PACER account is upgraded
    When Avery signs in with the PACER account
    And Avery links the CM/ECF filer login to the PACER account
    Then Avery's PACER account is linked to the CM/ECF filer login
    When Avery signs out
    And Avery signs in with the linked PACER account as a filer
    Then Avery is offered the filing menu
    And Avery can open the filing page
    And Avery can open the case search

  @R17 @R04 @R18
  Scenario: A legacy PACER account is refused with the way to upgrade, then linked once upgraded
    Given Avery's own PACER account is a legacy account created before August 11, 2014
    When Avery signs in with the PACER account
    And Avery tries to link the CM/ECF filer login to the PACER account
    Then Avery is told "Only an upgraded PACER account can be linked to a CM/ECF account."
    And Avery is offered the PACER Service Center's help at 800-676-6856
    When Avery upgrades the PACER account
    And Avery links the CM/ECF filer login to the PACER account
    Then Avery's PACER account is linked to the CM/ECF filer login

  @R17
  Scenario: A wrong CM/ECF password links nothing
    Given Avery's own PACER account is upgraded
    When Avery signs in with the PACER account
    And Avery tries to link the CM/ECF filer login with a wrong password
    Then Avery is told "Invalid username or password."
    And Avery's PACER account is not linked

  @R17
  Scenario: Only a CM/ECF filer login can be linked, not another PACER login
    Given Pat is a viewer with a PACER login
    And Avery's own PACER account is upgraded
    When Avery signs in with the PACER account
    And Avery tries to link Pat's PACER login as the CM/ECF filer login
    Then Avery is told "That is not a CM/ECF filer login."
    And Avery's PACER account is not linked

  @R17
  Scenario Outline: The confirmation opened by its address, without a CM/ECF login entered, goes back to the first step and links nothing
    Given Avery's own PACER account is <account>
    When Avery signs in with the PACER account
    And Avery opens the link confirmation by its address, without entering a CM/ECF login first
    Then Avery <first step>
    And Avery's PACER account is not linked
    And the access log shows no link for Avery

    Examples:
      | account                                         | first step                                                                  |
      | upgraded                                        | is asked for the CM/ECF login and password                                  |
      | a legacy account created before August 11, 2014 | is told "Only an upgraded PACER account can be linked to a CM/ECF account." |

  @R17
  Scenario: Signed in with the CM/ECF filer login, the link utility opened by its address asks for the PACER account
    Given Avery's own PACER account is upgraded
    When Avery signs in as a filer
    And Avery opens the link utility by its address
    Then Avery is told "Manage My Account and linking are for PACER accounts: sign out, then sign in with your PACER user name and password."
    And Avery's PACER account is not linked
