@documents
Feature: Paying for access to filed documents
  "An access fee of $0.10 per page or $2.40 per document with an audio attachment, as approved by
  the Judicial Conference of the United States, will be assessed for access to this service."
  (cmecf-login-page.txt)
  As in the Electronic Public Access fee schedule: the fee per document is capped at the fee for
  30 pages ($3.00); a document with an audio file costs $2.40; fees are billed quarterly, and nothing
  is owed for a quarter whose charges are $30.00 or less; the free look from an NEF costs nothing.
  As in PACER, only an upgraded PACER account views this court's documents.
  Our choices: the charge is shown on a transaction receipt before the document opens, and only
  opening it charges; the client code entered at sign-in is kept with each charge; a quarter whose
  charges are more than $30.00 is billed in full.

  Background:
    Given Pat is a viewer with a PACER login
    And case 1:24-cv-00031 "Acme Imports, Inc. v. United States" is on file

  Rule: a PACER view costs $0.10 a page, capped at 30 pages, or $2.40 with an audio file

    @L17
    Scenario Outline: The charge depends on the pages and on an audio attachment
      Given document 7 of <pages> pages <audio> is filed in case 1:24-cv-00031
      When Pat signs in with a PACER login
      And Pat opens document 7 of case 1:24-cv-00031
      Then Pat is shown a charge of <fee> before viewing document 7
      When Pat views the document
      Then Pat's billing history shows a charge of <fee> for document 7

      Examples:
        | pages | audio                    | fee   |
        | 1     | without an audio file    | $0.10 |
        | 14    | without an audio file    | $1.40 |
        | 30    | without an audio file    | $3.00 |
        | 45    | without an audio file    | $3.00 |
        | 2     | with an audio attachment | $2.40 |

    @L17
    Scenario: Looking at the receipt without opening the document costs nothing
      Given document 7 of 14 pages without an audio file is filed in case 1:24-cv-00031
      When Pat signs in with a PACER login
      And Pat opens document 7 of case 1:24-cv-00031
      Then Pat is shown a charge of $1.40 before viewing document 7
      And Pat's billing history shows no charges

    @L05 @L17
    Scenario: A free look from an NEF costs nothing
      Given Avery is an attorney with a CM/ECF filer login
      And Avery is an attorney of record in case 1:24-cv-00031
      And document 8 "Order" of 20 pages is filed in case 1:24-cv-00031
      And an NEF for document 8 in case 1:24-cv-00031 was sent to Avery
      When Avery follows the free-look link and signs in as a filer
      Then Avery sees document 8 of case 1:24-cv-00031 as a free look
      And no charge is recorded for Avery

  Rule: only an upgraded PACER account views the court's documents

    @R02 @R04 @L08
    Scenario: A legacy PACER account must be upgraded before it views documents
      Given Lee has a legacy PACER account created before August 11, 2014
      And document 7 of 14 pages without an audio file is filed in case 1:24-cv-00031
      When Lee signs in with a PACER login
      And Lee searches for a case
      Then Lee is told "An upgraded PACER account is needed to view documents on this court's CM/ECF system."
      When Lee upgrades the PACER account
      And Lee opens document 7 of case 1:24-cv-00031
      Then Lee is shown a charge of $1.40 before viewing document 7

  Rule: the client code entered at sign-in goes with every charge

    @L14 @L17
    Scenario: The client code entered at sign-in goes with the charge
      Given document 7 of 14 pages without an audio file is filed in case 1:24-cv-00031
      When Pat signs in with a PACER login and client code "ACME-0042"
      And Pat opens document 7 of case 1:24-cv-00031
      Then the receipt shows client code "ACME-0042"
      When Pat views the document
      Then Pat's billing history shows a charge of $1.40 for document 7 with client code "ACME-0042"

  Rule: a quarter is billed only when its charges come to more than $30.00

    @L17
    Scenario Outline: A quarter's charges up to $30.00 are not billed, and above it are billed in full
      Given <documents> are filed in case 1:24-cv-00031
      When Pat signs in with a PACER login
      And Pat views every document in case 1:24-cv-00031
      Then Pat's billing history shows <charged> charged this quarter and <due> due

      Examples:
        | documents                                  | charged | due    |
        | 10 documents of 30 pages                   | $30.00  | $0.00  |
        | 10 documents of 30 pages and 1 of 1 page   | $30.10  | $30.10 |
