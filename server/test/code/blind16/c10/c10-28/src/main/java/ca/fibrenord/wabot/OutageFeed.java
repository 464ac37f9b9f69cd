package ca.fibrenord.wabot;

import java.util.Map;

final class OutageFeed {
    private static final Map<String, String> KNOWN = Map.of("G7H", "Panne fibre secteur Chicoutimi-Nord, retour estimé 18 h.");

    static String lookup(String codePostal) {
        String fsa = codePostal.replace(" ", "").substring(0, 3).toUpperCase();
        return KNOWN.getOrDefault(fsa, "Aucune panne signalée pour " + fsa);
    }
}
