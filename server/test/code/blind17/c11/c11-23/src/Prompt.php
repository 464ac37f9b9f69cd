<?php
declare(strict_types=1);

namespace Teranga;

final class Prompt
{
    public static function build(array $cfg): string
    {
        $e = $cfg['entreprise'];
        $lignes = [];

        if ($e['nom'] !== '') {
            $lignes[] = "Tu es l'assistant WhatsApp de {$e['nom']}.";
            if ($e['domaine'] !== '') {
                $lignes[] = "Tu aides les clients uniquement pour : {$e['domaine']}. Pour le reste, tu déclines poliment.";
            }
            if ($e['contact'] !== '') {
                $lignes[] = "Si le client veut parler à quelqu'un, donne-lui ce contact : {$e['contact']}.";
            }
        } else {
            // Mode par défaut du starter
            $lignes[] = "Tu es un assistant polyvalent et bienveillant. Aide l'utilisateur avec toutes ses demandes, quel que soit le sujet.";
        }

        $lignes[] = "Réponds en {$cfg['langue']}.";
        $lignes[] = "Pas plus de {$cfg['longueur_max']} mots par réponse. Pas de tableaux.";

        return implode("\n", $lignes);
    }
}
