@registration
Feature: Finding out whether you need a new or upgraded PACER account
  The court's guidance for new PACER users, new attorneys and attorneys with shared PACER accounts: "You
  will need an upgraded PACER account to view documents" in this court's CM/ECF. (pacer-registration-instructions.txt)

  As in PACER / CM/ECF:
  - an account of your own created after August 11, 2014 needs no upgrade
  - an account created on or before August 11, 2014 is a legacy account until it is upgraded
  - Manage My Account shows the Account Type, "Upgraded PACER Account" or "Legacy PACER Account (Upgrade)"

  Our choices:
  - upgrading is one step: Manage My Account, "Upgrade your PACER account", acknowledge the policies, submit
  - the user name, password and history stay as they were
  - an account already upgraded that opens the upgrade page by its address is sent back to Manage My Account

  Rule: the guidance says who should register and why

    @R01
    Scenario: A new attorney finds the registration guidance from the sign-in page
      When a visitor opens the CM/ECF sign-in page
      And the visitor follows the link to register online
      Then the guidance is for new PACER users, new attorneys and attorneys with shared PACER accounts

    @R02
    Scenario: The guidance says an upgraded PACER account is needed to view the court's documents
      When a visitor reads the registration guidance
      Then the guidance says "You will need an upgraded PACER account to view documents on the CM/ECF system for the United States Court of International Trade."

    @R03
    Scenario: The guidance tells bar members with a CM/ECF account to use an upgraded PACER account
      When a visitor reads the registration guidance
      Then the guidance says "Attorneys who are members of the bar for the Court of International Trade and who have a CM/ECF account may need to create and use an upgraded PACER account to view and file documents with the court."

    @R04
    Scenario: The guidance says who need not upgrade, and offers a way to find out
      When a visitor reads the registration guidance
      Then the guidance says "If you have your own PACER account and it was created after August 11, 2014, you do not need to upgrade your PACER account."
      And the guidance offers instructions to determine what type of PACER account one has

  Rule: the account type tells a holder whether to upgrade

    @R04
    Scenario Outline: An account holder follows the instructions to determine the account type
      Given Kim has a PACER account created on <created on>
      When Kim follows the instructions to determine the account type
      Then Kim sees the Account Type "<account type>"

      Examples:
        | created on      | account type                   |
        | March 4, 2013   | Legacy PACER Account (Upgrade) |
        | August 11, 2014 | Legacy PACER Account (Upgrade) |
        | August 12, 2014 | Upgraded PACER Account         |

    @R02 @R04
    Scenario: The holder of a legacy account is told to upgrade, and upgrades
      Given Lee has a legacy PACER account created before August 11, 2014
      When Lee follows the instructions to determine the account type
      Then Lee is told the account must be upgraded to view documents on the court's CM/ECF
      When Lee upgrades the PACER account
      Then Lee is notified "Your PACER account is now an Upgraded PACER Account."
      And Lee sees the Account Type "Upgraded PACER Account"

    @R04
    Scenario: An account already upgraded, opening the upgrade page by its address, is sent back to Manage My Account
      Given Kim has a PACER account created on August 12, 2014
      When Kim signs in with a PACER login
      And Kim opens the upgrade page by its address
      Then Kim sees the Account Type "Upgraded PACER Account"

    @R04 @R15
    Scenario: Upgrading waits until the policies and procedures are acknowledged
      Given Lee has a legacy PACER account created before August 11, 2014
      When Lee signs in with a PACER login
      And Lee tries to upgrade the PACER account without ticking the acknowledgement
      Then Lee is told beside the acknowledgement "Tick the box to acknowledge"
      When Lee opens Manage My Account
      Then Lee sees the Account Type "Legacy PACER Account (Upgrade)"
