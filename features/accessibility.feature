@a11y
Feature: Every page can be used with assistive technology and with the keyboard alone
  A federal court's web pages must meet Section 508, which incorporates WCAG 2.1 level AA.
  Each page is audited with axe-core against WCAG 2.1 A and AA in the state a person meets it
  (with messages showing where a form was refused), and the main journeys are completed with
  the keyboard alone.

  Rule: no page has a serious or critical accessibility problem

    Scenario Outline: <stop> passes an accessibility audit
      Given the people and the case of the accessibility tour are on file
      When a person reaches <stop>
      Then the page has no serious or critical accessibility problems

      @L01 @L02 @L15 @L16
      Examples: the sign-in page
        | stop                                   |
        | the sign-in page                       |
        | the sign-in page showing what was wrong |

      @L13
      Examples: lost password
        | stop                                           |
        | the lost-password page showing what was missing |

      @L12 @L18
      Examples: the court's information
        | stop                           |
        | the copy of the amendments     |
        | the information about CM/ECF   |

      @L03 @L08
      Examples: after signing in
        | stop                 |
        | a filer's main menu  |
        | a viewer's main menu |
        | the filing form      |

      @L05 @L06 @L17
      Examples: documents
        | stop                                  |
        | a transaction receipt                 |
        | a document                            |
        | the billing history                   |
        | the refusal of a restricted document  |

      @registration @R01 @R02 @R03 @R04 @R18
      Examples: the registration guidance
        | stop                                           |
        | the registration guidance                      |
        | the instructions to determine the account type |

      @registration @R05 @R06 @R07 @R08
      Examples: the way to the registration form
        | stop                                           |
        | PACER's home page                              |
        | the Register page                              |
        | the registration types                         |
        | the PACER - Case Search Only registration type |

      @registration @R09 @R10 @R11
      Examples: the registration form, step 5
        | stop                                                                          |
        | the account information step                                                  |
        | the account information step showing what was missing                        |
        | the account information step showing a Government Account box that disagrees |

      @registration @R12
      Examples: the registration form, step 6
        | stop                                                                |
        | the user name and password step                                     |
        | the user name and password step showing what was wrong              |
        | the user name and password step saying an account may already exist |

      @registration @R13 @R14
      Examples: the registration form, step 7
        | stop                                     |
        | the payment step                         |
        | the payment step showing a declined card |

      @registration @R15
      Examples: the registration form, step 8
        | stop                                                      |
        | the policies and procedures step                          |
        | the policies and procedures step showing what was missing |

      @registration @R16
      Examples: the registration form, step 9
        | stop                                                 |
        | the thank-you page after registering with a card     |
        | the thank-you page after registering without a card |

      @registration @R04 @R14
      Examples: Manage My Account
        | stop                                                 |
        | Manage My Account                                    |
        | Manage My Account waiting for the activation code    |
        | Manage My Account showing a mistyped activation code |
        | Manage My Account of a legacy account                |
        | the upgrade page                                     |
        | the upgrade page showing what was missing            |

      @registration @R17
      Examples: linking a CM/ECF account
        | stop                                        |
        | the linking page                            |
        | the linking page showing what was wrong     |
        | the confirmation of the link                |
        | the refusal to link a legacy account        |
        | the request to sign in with a PACER account |

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
