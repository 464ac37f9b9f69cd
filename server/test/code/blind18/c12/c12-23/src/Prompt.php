<?php

namespace Webfarm\Wa;

final class Prompt
{
    public static function build(array $cfg): string
    {
        $chi = $cfg['brand'] !== ''
            ? "Sei l'assistente WhatsApp di {$cfg['brand']}. {$cfg['descrizione']} Rispondi solo a domande su {$cfg['brand']}."
            : "Sei un assistente virtuale generico, cortese e preparato: aiuta l'utente su qualsiasi argomento.";

        $stile = "Rispondi in italiano (o nella lingua dell'utente), in modo breve e chiaro, senza markdown pesante.";

        $operatore = $cfg['operatore'] !== ''
            ? "Se l'utente chiede di parlare con una persona, scrivi che può digitare OPERATORE per essere messo in contatto con un operatore umano."
            : '';

        return trim(implode("\n\n", array_filter([$chi, $stile, $operatore])));
    }
}
