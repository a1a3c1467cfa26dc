@documents
Feature: Viewing a document from a Notice of Electronic Filing
  A Notice of Electronic Filing (NEF) e-mail links to the filed document: following the link asks for
  a CM/ECF login, and an attorney of record then views the document once free of charge.
  (cmecf-login-page.txt)

  As in PACER / CM/ECF:
  - each recipient's link gives one free look, used up by the first view or 15 days after the notice, whichever is first
  - whoever follows the link first uses it up, even someone the e-mail was forwarded to
  - after that the login prompt comes back, only a PACER login views the document, and the view is charged
  - a document restricted to attorneys of record answers anyone else "You do not have permission to view this document"

  Our choices:
  - a view that is refused does not use up the free look

  Background:
    Given Avery is an attorney with a CM/ECF filer login
    And Avery is an attorney of record in case 1:24-cv-00031
    And document 12 "Motion for judgment on the agency record" of 14 pages is filed in case 1:24-cv-00031

  Rule: the link asks for a CM/ECF login, then shows the document once, free

    @L04
    Scenario: The free-look link asks for a CM/ECF login
      Given an NEF for document 12 in case 1:24-cv-00031 was sent to Avery
      When Avery follows the free-look link from the NEF
      Then Avery is asked for a CM/ECF login and password to view the document

    @L04 @L05
    Scenario: After a CM/ECF sign-in the attorney of record sees the document, free
      Given an NEF for document 12 in case 1:24-cv-00031 was sent to Avery
      When Avery follows the free-look link and signs in as a filer
      Then Avery sees document 12 of case 1:24-cv-00031 as a free look
      And the access log records Avery's free look at document 12

  Rule: a restricted document is shown only to attorneys of record

    @L06
    Scenario: A restricted document is refused to an attorney who is not of record
      Given Dana is an attorney with a CM/ECF filer login
      And document 13 "Confidential business information" of 6 pages is filed in case 1:24-cv-00031, restricted to attorneys of record
      And an NEF for document 13 in case 1:24-cv-00031 was sent to Avery
      When Dana follows Avery's free-look link and signs in as a filer
      Then Dana is told "You do not have permission to view this document"
      And Avery's free look at document 13 is still unused

    @L05 @L06
    Scenario: An attorney of record sees a restricted document
      Given document 13 "Confidential business information" of 6 pages is filed in case 1:24-cv-00031, restricted to attorneys of record
      And an NEF for document 13 in case 1:24-cv-00031 was sent to Avery
      When Avery follows the free-look link and signs in as a filer
      Then Avery sees document 13 of case 1:24-cv-00031 as a free look

  Rule: once the free look is gone, the login prompt returns and a PACER login is needed

    @L07
    Scenario: A free look can be used once
      Given an NEF for document 12 in case 1:24-cv-00031 was sent to Avery
      When Avery follows the free-look link and signs in as a filer
      Then Avery sees document 12 of case 1:24-cv-00031 as a free look
      When Avery signs out
      And Avery follows the free-look link again and signs in as a filer
      Then the login prompt appears again, saying the free look has expired and a PACER login is needed

    @L07
    Scenario: Whoever follows the link first uses up the free look
      Given Dana is an attorney with a CM/ECF filer login
      And an NEF for document 12 in case 1:24-cv-00031 was sent to Avery
      When Dana follows Avery's free-look link and signs in as a filer
      Then Dana sees document 12 of case 1:24-cv-00031 as a free look
      When Dana signs out
      And Avery follows the free-look link and signs in as a filer
      Then the login prompt appears again, saying the free look has expired and a PACER login is needed

    @L07
    Scenario Outline: A free look expires 15 days after the notice
      Given an NEF for document 12 in case 1:24-cv-00031 was sent to Avery
      And <days> days pass
      When Avery follows the free-look link and signs in as a filer
      Then <outcome>

      Examples:
        | days | outcome                                                                                    |
        | 14   | Avery sees document 12 of case 1:24-cv-00031 as a free look                                |
        | 15   | the login prompt appears again, saying the free look has expired and a PACER login is needed |

    @L07 @L08 @L17
    Scenario: After the free look, a PACER login views the document for the access fee
      Given Pat is a viewer with a PACER login
      And an NEF for document 12 in case 1:24-cv-00031 was sent to Avery
      And Avery has already used the free look
      When Avery follows the free-look link and signs in as a filer
      And the login prompt appears again, saying the free look has expired and a PACER login is needed
      And Pat signs in with a PACER login on that prompt
      Then Pat is shown a charge of $1.40 before viewing document 12
