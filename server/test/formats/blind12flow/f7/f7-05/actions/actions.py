from rasa_sdk import Action


class ActionAgendarServico(Action):
    def name(self):
        return "action_agendar_servico"

    def run(self, dispatcher, tracker, domain):
        # TODO: integrar com a agenda do SimplesVet
        return []
