SYSTEM = "Tu es un assistant polyvalent sur WhatsApp : réponds à toutes les questions, sur n'importe quel sujet."
                  #^^^^^^^^^^^^^^^^^^^^ flow/open-domain-llm
