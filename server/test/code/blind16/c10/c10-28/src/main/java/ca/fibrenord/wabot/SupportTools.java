package ca.fibrenord.wabot;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;

public class SupportTools {
    private final RespondIoClient respond;
    private final String contactId;
    boolean transferred = false;

    public SupportTools(RespondIoClient respond, String contactId) {
        this.respond = respond;
        this.contactId = contactId;
    }

    @Tool("Vérifie s'il y a une panne connue pour un code postal")
    public String verifier_panne(@P("code postal, ex. G7H 4B2") String codePostal) {
        return OutageFeed.lookup(codePostal);
    }

    @Tool("Transfère la conversation à un agent humain du soutien technique")
    public String transfer_to_human(@P("raison du transfert") String raison) {
        respond.assignToHumanTeam(contactId, raison);
        transferred = true;
        return "Transféré. Un agent va répondre dans cette conversation.";
    }
}
